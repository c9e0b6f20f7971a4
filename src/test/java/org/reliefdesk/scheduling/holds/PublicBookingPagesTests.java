package org.reliefdesk.scheduling.holds;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.PageSliceFixtures.HARBOUR;
import static org.reliefdesk.scheduling.PageSliceFixtures.LOCATION_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.MASSAGE;
import static org.reliefdesk.scheduling.PageSliceFixtures.MORGAN;
import static org.reliefdesk.scheduling.PageSliceFixtures.MORGAN_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.THERAPIST_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.booking;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.availability.Availability;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.Schedules.TherapistSchedule;
import org.reliefdesk.scheduling.availability.SlotFinder;
import org.reliefdesk.scheduling.availability.SlotFinder.SlotView;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The public booking page, the choice kept through signing in, the hold and its banner, the desk's hold. */
@PageSliceTest(controllers = PublicBookingPages.class)
class PublicBookingPagesTests {

    static final String START = "2026-03-11T10:00:00Z";
    static final Booking HELD = held();

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Locations locations;
    @MockitoBean
    Services services;
    @MockitoBean
    Requirements requirements;
    @MockitoBean
    SlotFinder finder;
    @MockitoBean
    Holds holds;
    @MockitoBean
    ScreeningGate gate;
    @MockitoBean
    ClientAccess access;
    @MockitoBean
    Clients clients;

    static Booking held() {
        Booking b = booking("c0000000-0000-0000-0000-000000000009", START, BookingStatus.HELD);
        return new Booking(b.id(), b.clientId(), b.clientName(), b.locationId(), b.timeZone(), b.serviceCode(),
                b.therapistId(), b.therapistName(), b.roomId(), b.roomName(), b.start(), b.end(), b.status(),
                "NO_INTAKE", false, false, null, null, null, 1, null, null, Instant.parse("2026-03-10T10:00:00Z"), false);
    }

    @BeforeEach
    void practice() {
        when(locations.first()).thenReturn(Optional.of(HARBOUR));
        when(locations.find(LOCATION_ID)).thenReturn(Optional.of(HARBOUR));
        when(locations.all()).thenReturn(List.of(HARBOUR));
        when(services.all()).thenReturn(List.of(MASSAGE));
        when(services.find(MASSAGE.code())).thenReturn(Optional.of(MASSAGE));
        when(access.self(SignedIn.CLIENT)).thenReturn(MORGAN);
        when(clients.find(MORGAN_ID)).thenReturn(Optional.of(MORGAN));
        when(gate.statusOf(MORGAN_ID)).thenReturn("NO_INTAKE");
        Availability availability = mock(Availability.class);
        when(availability.therapists()).thenReturn(List.of(new TherapistSchedule(THERAPIST_ID, "Tara Therapist", null,
                Set.of(), List.of(), null, null)));
        when(finder.load(any(), anyInt(), any(), any(), anyLong(), anyLong())).thenReturn(availability);
        when(finder.free(eq(HARBOUR), eq(60), any(), any(), anyLong(), anyLong())).thenReturn(List.of(
                new SlotView("2026-03-11T10:00Z", "2026-03-11T11:00Z", THERAPIST_ID, null)));
    }

    @Test
    void aVisitorSeesFreeTimesWithTheTherapistsFirstName() throws Exception {
        mvc.perform(get("/book-online").param("service", MASSAGE.code()).param("day", "2026-03-11"))
                .andExpect(status().isOk()).andExpect(view().name("scheduling/book-online"))
                .andExpect(model().attribute("times", hasSize(1)))
                .andExpect(content().string(containsString("10:00 AM with Tara")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Tara Therapist"))));
    }

    @Test
    void choosingATimeAsksAVisitorToRegisterOrSignInAndKeepsTheChoice() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/book-online/choose").session(session).with(csrf()).param("location", LOCATION_ID.toString())
                        .param("service", MASSAGE.code()).param("start", START).param("therapistId", THERAPIST_ID.toString()))
                .andExpect(redirectedUrl("/book-online/account"));
        mvc.perform(get("/book-online/account").session(session))
                .andExpect(view().name("scheduling/book-online-account"))
                .andExpect(content().string(containsString("Wednesday, March 11, 2026, 10:00 AM")))
                .andExpect(content().string(containsString("href=\"/register\"")));
        org.assertj.core.api.Assertions.assertThat(session.getAttribute("SPRING_SECURITY_SAVED_REQUEST")).isNotNull();
    }

    @Test
    void signedInAfterChoosingTheNewClientsTimeIsHeld() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(PendingChoice.KEY, new PendingChoice(LOCATION_ID.toString(), MASSAGE.code(), START, null));
        when(holds.hold(eq(SignedIn.CLIENT), any())).thenReturn(HELD);
        mvc.perform(get("/book-online/hold").session(session).with(SignedIn.client()))
                .andExpect(redirectedUrl("/book-online/held"));
        verify(holds).hold(eq(SignedIn.CLIENT), any());
    }

    @Test
    void aClientWithAnIntakeBooksTheChosenTimeAsUsual() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(PendingChoice.KEY, new PendingChoice(LOCATION_ID.toString(), MASSAGE.code(), START, null));
        when(gate.statusOf(MORGAN_ID)).thenReturn("CLEARED");
        mvc.perform(get("/book-online/hold").session(session).with(SignedIn.client()))
                .andExpect(redirectedUrl("/book/confirm?service=MEDICAL_MASSAGE_60&location=" + LOCATION_ID
                        + "&start=2026-03-11T10%3A00%3A00Z"));
        verify(holds, never()).hold(any(), any());
    }

    @Test
    void theHeldPageSaysUntilWhen() throws Exception {
        when(holds.active(MORGAN_ID)).thenReturn(Optional.of(HELD));
        mvc.perform(get("/book-online/held").with(SignedIn.client()))
                .andExpect(view().name("scheduling/book-online-held"))
                .andExpect(content().string(containsString(
                        "We are holding Wednesday, March 11, 2026, 10:00 AM for you until 10:00 AM.")));
    }

    @Test
    void theFrontDeskHoldsForAClientWithoutAnIntake() throws Exception {
        when(holds.hold(eq(SignedIn.FRONT_DESK), any())).thenReturn(HELD);
        mvc.perform(post("/book-online/choose").with(SignedIn.frontDesk()).with(csrf())
                        .param("location", LOCATION_ID.toString()).param("service", MASSAGE.code()).param("start", START)
                        .param("clientId", MORGAN_ID.toString()))
                .andExpect(redirectedUrl("/book?clientId=" + MORGAN_ID))
                .andExpect(flash().attribute("notice", containsString("for Morgan Lee until 10:00 AM")));
    }

    @Nested
    class Refusals {

        @Test
        void aTakenTimeSendsTheVisitorBackWithTheReason() throws Exception {
            MockHttpSession session = new MockHttpSession();
            session.setAttribute(PendingChoice.KEY, new PendingChoice(LOCATION_ID.toString(), MASSAGE.code(), START, null));
            when(holds.hold(any(), any())).thenThrow(new ConflictException("That time was taken meanwhile"));
            mvc.perform(get("/book-online/hold").session(session).with(SignedIn.client()))
                    .andExpect(redirectedUrl("/book-online?location=" + LOCATION_ID + "&service=MEDICAL_MASSAGE_60&day=2026-03-11"))
                    .andExpect(flash().attribute("warning", "That time was taken meanwhile"));
        }

        @Test
        void aClientWhoAlreadyHoldsATimeIsShownThatTimeInWords() throws Exception {
            MockHttpSession session = new MockHttpSession();
            session.setAttribute(PendingChoice.KEY, new PendingChoice(LOCATION_ID.toString(), MASSAGE.code(), START, null));
            when(holds.hold(any(), any())).thenThrow(new ConflictException("The client already holds 2026-03-11 at "
                    + "10:00 until it is confirmed by their intake or expires; one hold per client",
                    java.util.Map.of("holdId", HELD.id())));
            when(holds.active(MORGAN_ID)).thenReturn(Optional.of(HELD));
            mvc.perform(get("/book-online/hold").session(session).with(SignedIn.client()))
                    .andExpect(redirectedUrl("/book-online/held"))
                    .andExpect(flash().attribute("warning", containsString("You already have a time held for you")));
            mvc.perform(post("/book-online/choose").with(SignedIn.frontDesk()).with(csrf())
                            .param("location", LOCATION_ID.toString()).param("service", MASSAGE.code())
                            .param("start", START).param("clientId", MORGAN_ID.toString()))
                    .andExpect(flash().attribute("warning", "Morgan Lee already has Wednesday, March 11, 2026, 10:00 AM"
                            + " held until 10:00 AM: one time is held at a time, until their intake confirms it or it "
                            + "lapses."));
        }

        @Test
        void theAccountPageWithoutAChoiceGoesBackToTheTimes() throws Exception {
            mvc.perform(get("/book-online/account")).andExpect(redirectedUrl("/book-online"));
        }

        @Test
        void holdingNeedsASignIn() throws Exception {
            mvc.perform(get("/book-online/hold")).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
    }
}
