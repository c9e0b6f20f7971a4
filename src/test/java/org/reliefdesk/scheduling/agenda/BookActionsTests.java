package org.reliefdesk.scheduling.agenda;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.ANNA;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.CEDAR;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.JON;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.MASSAGE;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.TARA;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.aSession;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.booking.BookingChanges;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A booking from the book: its page with what may be done now, and check-in and complete posts. */
@PageSliceTest(controllers = BookActions.class)
class BookActionsTests {

    static final String BACK = "/schedule?view=arrivals";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BookingChanges changes;

    @MockitoBean
    Services services;

    private final Booking booked = aSession("2026-03-10T10:00", TARA, CEDAR, BookingStatus.BOOKED);
    private final Booking jons = aSession("2026-03-10T10:00", JON, CEDAR, BookingStatus.BOOKED);

    @BeforeEach
    void theBookings() {
        when(changes.visible(booked.id(), SignedIn.FRONT_DESK)).thenReturn(booked);
        when(changes.visible(booked.id(), SignedIn.THERAPIST)).thenReturn(booked);
        when(changes.visible(jons.id(), SignedIn.THERAPIST)).thenReturn(jons);
        when(services.find(MASSAGE.code())).thenReturn(Optional.of(MASSAGE));
    }

    @Nested
    class ItsPage {

        @Test
        void showsTheSessionAndTheButtonsForNow() throws Exception {
            mvc.perform(get("/schedule/bookings/" + booked.id()).param("back", BACK).with(SignedIn.frontDesk()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/book-session"))
                    .andExpect(PageSlice.shows("Medical massage, 60 min"))
                    .andExpect(PageSlice.shows("Booked"))
                    .andExpect(PageSlice.rendered("/schedule/bookings/" + booked.id() + "/check-in"))
                    .andExpect(PageSlice.rendered("/sessions/" + booked.id() + "/cancel"))
                    .andExpect(PageSlice.rendered("/clients/" + ANNA + "/quick"))
                    .andExpect(PageSlice.rendered("href=\"/schedule\\?view=arrivals\""));
        }

        @Test
        void anUnknownBookingIsA404() throws Exception {
            when(changes.visible(any(), any())).thenThrow(new NotFoundException("Booking"));
            mvc.perform(get("/schedule/bookings/" + java.util.UUID.randomUUID()).with(SignedIn.frontDesk()))
                    .andExpect(status().isNotFound());
        }
    }

    @Nested
    class Changes {

        @Test
        void aCheckInSaysWhoAndGoesBack() throws Exception {
            when(changes.checkIn(booked.id(), SignedIn.FRONT_DESK)).thenReturn(booked);
            mvc.perform(post("/schedule/bookings/" + booked.id() + "/check-in").param("back", BACK)
                    .with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl(BACK))
                    .andExpect(flash().attribute("notice", "Anna Client is checked in."));
        }

        @Test
        void aCompletionByTheTherapistOfTheSession() throws Exception {
            when(changes.complete(booked.id(), SignedIn.THERAPIST)).thenReturn(booked);
            mvc.perform(post("/schedule/bookings/" + booked.id() + "/complete").param("back", "/therapist/today")
                    .with(SignedIn.therapist()).with(csrf()))
                    .andExpect(redirectedUrl("/therapist/today"))
                    .andExpect(flash().attribute("notice", "Anna Client's session is completed."));
        }
    }

    @Nested
    class Refusals {

        @Test
        void aTransitionFromTheWrongStatusIsAWarningNamingBoth() throws Exception {
            when(changes.complete(any(), any())).thenThrow(new ConflictException(
                    "This booking is CANCELLED and cannot become COMPLETED"));
            mvc.perform(post("/schedule/bookings/" + booked.id() + "/complete").param("back", BACK)
                    .with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl(BACK))
                    .andExpect(flash().attribute("warning", "This booking is CANCELLED and cannot become COMPLETED"));
        }

        @Test
        void aRuleBrokenShowsTheFieldsMessage() throws Exception {
            when(changes.checkIn(any(), any())).thenThrow(RuleViolationException.of("start",
                    "A client is checked in on the day of the session (2026-03-11)"));
            mvc.perform(post("/schedule/bookings/" + booked.id() + "/check-in").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(flash().attribute("warning",
                            "A client is checked in on the day of the session (2026-03-11)"));
        }

        @Test
        void onlyOurOwnPagesAreGoneBackTo() throws Exception {
            when(changes.checkIn(any(), any())).thenReturn(booked);
            for (String elsewhere : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "schedule")) {
                mvc.perform(post("/schedule/bookings/" + booked.id() + "/check-in").param("back", elsewhere)
                        .with(SignedIn.frontDesk()).with(csrf()))
                        .andExpect(redirectedUrl("/schedule"));
            }
        }
    }

    @Nested
    class Access {

        @Test
        void aTherapistMayNotTouchAnotherTherapistsSession() throws Exception {
            mvc.perform(post("/schedule/bookings/" + jons.id() + "/check-in").with(SignedIn.therapist()).with(csrf()))
                    .andExpect(status().isNotFound());
            verify(changes, never()).checkIn(any(), any());
        }

        @Test
        void aClientIsRefused() throws Exception {
            mvc.perform(post("/schedule/bookings/" + booked.id() + "/check-in").with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/schedule/bookings/" + booked.id()).with(SignedIn.client()))
                    .andExpect(status().isForbidden());
            verify(changes, never()).checkIn(any(), any());
        }
    }
}
