package org.reliefdesk.scheduling.waitlist;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.PageSliceFixtures.HARBOUR;
import static org.reliefdesk.scheduling.PageSliceFixtures.LOCATION_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.MASSAGE;
import static org.reliefdesk.scheduling.PageSliceFixtures.MORGAN;
import static org.reliefdesk.scheduling.PageSliceFixtures.MORGAN_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.NOT_FOUND;
import static org.reliefdesk.scheduling.PageSliceFixtures.REFUSED;
import static org.reliefdesk.scheduling.PageSliceFixtures.RETIRED;
import static org.reliefdesk.scheduling.PageSliceFixtures.ROOM_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.THERAPIST_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.booking;
import static org.reliefdesk.scheduling.PageSliceFixtures.knowsMorgan;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.notices.BookingLetters.Sender;
import org.reliefdesk.scheduling.notices.BookingLetters.Session;
import org.reliefdesk.scheduling.notices.BookingMail;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Therapists;
import org.reliefdesk.scheduling.waitlist.Waitlist.Entry;
import org.reliefdesk.scheduling.waitlist.Waitlist.JoinRequest;
import org.reliefdesk.scheduling.waitlist.WaitlistOffers.Offer;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The waitlist on pages: the list, joining for a day, leaving, and the offer page (take it or let it go). */
@PageSliceTest(controllers = WaitlistPages.class)
class WaitlistPagesTests {

    static final UUID ENTRY_ID = UUID.fromString("e0000000-0000-0000-0000-000000000001");
    static final UUID OFFER_ID = UUID.fromString("f0000000-0000-0000-0000-000000000001");
    static final Entry WAITING = entry(ENTRY_ID, "WAITING", 2);
    static final Instant START = Instant.parse("2026-03-11T10:00:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String CLEARANCE =
            "The client's screening needs a physician's clearance on file before a massage can be booked";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Waitlist waitlist;

    @MockitoBean
    WaitlistOffers offers;

    @MockitoBean
    ClientAccess access;

    @MockitoBean
    Locations locations;

    @MockitoBean
    Services services;

    @MockitoBean
    Therapists therapists;

    @MockitoBean
    BookingMail mail;

    static Entry entry(UUID id, String status, Integer position) {
        return new Entry(id, MORGAN_ID, "Morgan Lee", LOCATION_ID, MASSAGE.code(), LocalDate.of(2026, 3, 13), null,
                status, position, null, Instant.parse("2026-03-09T08:00:00Z"));
    }

    /** An offer of Wednesday 11 March at 10:00, held until {@code expiresAt}. */
    static Offer offer(String status, String expiresAt) {
        return new Offer(OFFER_ID, ENTRY_ID, MORGAN_ID, LOCATION_ID, "Europe/London", MASSAGE.code(), THERAPIST_ID,
                "Tara Therapist", ROOM_ID, START, START.plusSeconds(3600), Instant.parse(expiresAt), status, null);
    }

    @BeforeEach
    void practice() {
        knowsMorgan(access);
        when(locations.all()).thenReturn(List.of(HARBOUR));
        when(services.all()).thenReturn(List.of(MASSAGE, RETIRED));
        when(therapists.list(any(), any(), any())).thenReturn(new Paged<>(List.of(), 0, 200, 0));
        when(waitlist.list(any(), eq(MORGAN_ID), any(), any(), any(), any()))
                .thenReturn(new Paged<>(List.of(WAITING), 0, 100, 1));
        when(waitlist.visible(eq(ENTRY_ID), any())).thenReturn(WAITING);
        when(mail.session(any(Offer.class))).thenReturn(new Session("Medical massage (60 min)", START.atZone(LONDON),
                START.plusSeconds(3600).atZone(LONDON), "Tara Therapist"));
        when(mail.sender(LOCATION_ID)).thenReturn(new Sender("Harbour Street", "1 Harbour Street", 24, "ReliefDesk",
                null, "555-0100", "http://localhost"));
    }

    /** Joining for Friday 13 March with any therapist, as the form sends it, on {@code date} instead if given. */
    static MockHttpServletRequestBuilder join(String... date) {
        return post("/waitlist").param("location", LOCATION_ID.toString()).param("service", MASSAGE.code())
                .param("date", date.length == 0 ? "2026-03-13" : date[0]).with(csrf());
    }

    @Nested
    class TheList {

        @Test
        void showsTheDaysWaitedForWithTheirPlaceAndAnOpenOffer() throws Exception {
            when(offers.ofEntry(ENTRY_ID)).thenReturn(List.of(offer("OPEN", "2026-03-10T11:00:00Z"),
                    offer("DECLINED", "2026-03-09T11:00:00Z")));
            mvc.perform(get("/waitlist").with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/waitlist"))
                    .andExpect(model().attribute("client", MORGAN))
                    .andExpect(model().attribute("forStaff", false))
                    .andExpect(model().attribute("entries", List.of(WAITING)))
                    .andExpect(model().attribute("openOffers", List.of(offer("OPEN", "2026-03-10T11:00:00Z"))))
                    .andExpect(model().attribute("date", "2026-03-11"))
                    .andExpect(model().attribute("errors", anEmptyMap()))
                    .andExpect(model().attribute("services", List.of(MASSAGE)))
                    .andExpect(content().string(containsString("Friday, March 13, 2026")))
                    .andExpect(content().string(containsString("Number 2 waiting")))
                    .andExpect(content().string(containsString("action=\"/waitlist/" + ENTRY_ID + "/leave\"")))
                    .andExpect(content().string(containsString("Wed, Mar 11, 2026, 10:00 AM")))
                    .andExpect(content().string(containsString("href=\"/waitlist/offers/" + OFFER_ID + "\"")))
                    .andExpect(content().string(containsString("name=\"location\" value=\"" + LOCATION_ID + "\"")))
                    .andExpect(PageSlice.noFieldErrors());
        }

        @Test
        void showsWhatBecameOfAnEntryWithoutALeaveButton() throws Exception {
            when(waitlist.list(any(), eq(MORGAN_ID), any(), any(), any(), any()))
                    .thenReturn(new Paged<>(List.of(entry(ENTRY_ID, "BOOKED", null)), 0, 100, 1));
            mvc.perform(get("/waitlist").with(SignedIn.client()))
                    .andExpect(content().string(containsString("<span class=\"badge\">Booked</span>")))
                    .andExpect(content().string(not(containsString("Leave the list"))));
        }

        @Test
        void saysSoWhenWaitingForNothing() throws Exception {
            when(waitlist.list(any(), any(), any(), any(), any(), any())).thenReturn(new Paged<>(List.of(), 0, 100, 0));
            mvc.perform(get("/waitlist").with(SignedIn.client()))
                    .andExpect(model().attribute("openOffers", List.of()))
                    .andExpect(content().string(containsString("Not waiting for any day.")));
        }

        @Test
        void letsTheFrontDeskOpenAClientsList() throws Exception {
            mvc.perform(get("/waitlist").param("clientId", MORGAN_ID.toString()).with(SignedIn.frontDesk()))
                    .andExpect(model().attribute("forStaff", true))
                    .andExpect(content().string(containsString("<h1>Waitlist for <span translate=\"no\">Morgan Lee</span></h1>")))
                    .andExpect(content().string(containsString("href=\"/sessions?clientId=" + MORGAN_ID + "\"")));
            verify(waitlist).list(eq(SignedIn.FRONT_DESK), eq(MORGAN_ID), any(), any(), any(), any());
        }
    }

    @Nested
    class Joining {

        @Test
        void joinsAndSaysHowAnOfferComes() throws Exception {
            mvc.perform(join().with(SignedIn.client()))
                    .andExpect(redirectedUrl("/waitlist"))
                    .andExpect(flash().attribute("notice", "You are on the list for Friday, March 13, 2026. If a time frees up, "
                            + "we email an offer and hold the time for you."));
            verify(waitlist).join(SignedIn.CLIENT, new JoinRequest(MORGAN_ID.toString(), LOCATION_ID.toString(),
                    MASSAGE.code(), "2026-03-13", null));
        }

        @Test
        void returnsStaffToTheClientsList() throws Exception {
            mvc.perform(join().param("clientId", MORGAN_ID.toString()).param("therapist", THERAPIST_ID.toString())
                    .with(SignedIn.frontDesk()))
                    .andExpect(redirectedUrl("/waitlist?clientId=" + MORGAN_ID));
            verify(waitlist).join(SignedIn.FRONT_DESK, new JoinRequest(MORGAN_ID.toString(), LOCATION_ID.toString(),
                    MASSAGE.code(), "2026-03-13", THERAPIST_ID.toString()));
        }

        @Test
        void showsARefusedDayBesideTheDayAndKeepsIt() throws Exception {
            when(waitlist.join(any(), any())).thenThrow(RuleViolationException.of("date", "must be within a year"));
            mvc.perform(join("2027-06-01").with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/waitlist"))
                    .andExpect(model().attribute("errors", hasEntry("date", "This must be within a year.")))
                    .andExpect(model().attribute("problem", nullValue()))
                    .andExpect(model().attribute("date", "2027-06-01"))
                    .andExpect(PageSlice.fieldError("date", "This must be within a year."))
                    .andExpect(content().string(containsString("value=\"2027-06-01\"")));
        }

        @Test
        void showsAnUnreadableDayBesideTheDay() throws Exception {
            when(waitlist.join(any(), any())).thenThrow(RuleViolationException.of("date",
                    "must be a date, e.g. 2026-12-01"));
            mvc.perform(join("Friday").with(SignedIn.client()))
                    .andExpect(PageSlice.fieldError("date", "This must be a date, e.g. 2026-12-01."))
                    .andExpect(content().string(containsString("value=\"Friday\"")));
        }

        @Test
        void showsADayAlreadyWaitedForBesideTheDay() throws Exception {
            when(waitlist.join(any(), any()))
                    .thenThrow(new ConflictException("The client is already waiting for that day"));
            mvc.perform(join().with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(PageSlice.fieldError("date", "The client is already waiting for that day"));
        }

        @Test
        void showsARefusalOfTheClientAboveTheFormWhereItCanBeRead() throws Exception {
            when(waitlist.join(any(), any())).thenThrow(RuleViolationException.of("clientId", CLEARANCE));
            mvc.perform(join().with(SignedIn.client()))
                    .andExpect(model().attribute("problem", CLEARANCE))
                    .andExpect(content().string(containsString(
                            "<div class=\"alert warn\" role=\"alert\">" + HtmlUtils.htmlEscape(CLEARANCE) + "</div>")));
        }

        @Test
        void showsARefusalWithoutAFieldAboveTheForm() throws Exception {
            when(waitlist.join(any(), any())).thenThrow(new RuleViolationException("No therapist offers this service",
                    List.of()));
            mvc.perform(join().with(SignedIn.client()))
                    .andExpect(model().attribute("problem", "No therapist offers this service"))
                    .andExpect(content().string(containsString(
                            "<div class=\"alert warn\" role=\"alert\">No therapist offers this service</div>")));
        }
    }

    @Nested
    class Leaving {

        @Test
        void takesTheClientOffTheList() throws Exception {
            mvc.perform(post("/waitlist/" + ENTRY_ID + "/leave").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/waitlist"))
                    .andExpect(flash().attribute("notice", "Taken off the list for Friday, March 13, 2026."));
            verify(waitlist).leave(ENTRY_ID, SignedIn.CLIENT);
        }

        @Test
        void carriesAConflictToTheList() throws Exception {
            when(waitlist.leave(any(), any())).thenThrow(new ConflictException("The entry is no longer waiting"));
            mvc.perform(post("/waitlist/" + ENTRY_ID + "/leave").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/waitlist?clientId=" + MORGAN_ID))
                    .andExpect(flash().attribute("warning", "The entry is no longer waiting"));
        }

        @Test
        void answersSomeoneElsesEntryWithNotFound() throws Exception {
            UUID other = UUID.randomUUID();
            when(waitlist.visible(eq(other), any())).thenThrow(new NotFoundException("Waitlist entry"));
            mvc.perform(post("/waitlist/" + other + "/leave").with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isNotFound());
            verify(waitlist, never()).leave(any(), any());
        }
    }

    @Nested
    class OfferPage {

        @Test
        void holdsAnOpenOfferUntilItsTime() throws Exception {
            when(offers.visible(eq(OFFER_ID), any())).thenReturn(offer("OPEN", "2026-03-10T11:00:00Z"));
            mvc.perform(get("/waitlist/offers/" + OFFER_ID).with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/offer"))
                    .andExpect(model().attribute("open", true))
                    .andExpect(content().string(containsString("until <strong>Tue, Mar 10, 2026, 11:00 AM</strong>.")))
                    .andExpect(content().string(containsString("Wednesday, March 11, 2026")))
                    .andExpect(model().attribute("policy", containsString("please call us on 555-0100")))
                    .andExpect(content().string(containsString("Harbour Street</span><br><span translate=\"no\">1 Harbour Street")))
                    .andExpect(content().string(containsString("action=\"/waitlist/offers/" + OFFER_ID + "/accept\"")))
                    .andExpect(content().string(containsString(
                            "action=\"/waitlist/offers/" + OFFER_ID + "/decline\"")));
        }

        @Test
        void closesAnOfferPastItsHold() throws Exception {
            when(offers.visible(eq(OFFER_ID), any())).thenReturn(offer("OPEN", "2026-03-10T08:59:00Z"));
            mvc.perform(get("/waitlist/offers/" + OFFER_ID).with(SignedIn.client()))
                    .andExpect(model().attribute("open", false))
                    .andExpect(content().string(containsString("This offer is no longer open. You stay on the "
                            + "waitlist for other times that day.")))
                    .andExpect(content().string(not(containsString("Book this time"))));
        }

        @Test
        void saysSoWhenTheOfferWasTaken() throws Exception {
            when(offers.visible(eq(OFFER_ID), any())).thenReturn(offer("ACCEPTED", "2026-03-10T11:00:00Z"));
            mvc.perform(get("/waitlist/offers/" + OFFER_ID).with(SignedIn.client()))
                    .andExpect(model().attribute("open", false))
                    .andExpect(content().string(containsString("You took this time: it is booked.")));
        }

        @Test
        void answersSomeoneElsesOfferWithNotFoundAndStrangersWithSignIn() throws Exception {
            when(offers.visible(eq(OFFER_ID), any())).thenThrow(new NotFoundException("Offer"));
            mvc.perform(get("/waitlist/offers/" + OFFER_ID).with(SignedIn.client())).andExpect(NOT_FOUND);
            mvc.perform(get("/waitlist/offers/" + OFFER_ID)).andExpect(redirectedUrl("/login"));
        }
    }

    @Nested
    class Deciding {

        @Test
        void acceptingBooksAndOpensTheSessions() throws Exception {
            when(offers.accept(OFFER_ID, SignedIn.CLIENT)).thenReturn(booking("c0000000-0000-0000-0000-000000000001",
                    "2026-03-11T10:00:00Z", BookingStatus.BOOKED));
            mvc.perform(post("/waitlist/offers/" + OFFER_ID + "/accept").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/sessions"))
                    .andExpect(flash().attribute("notice", "Booked: Wed, Mar 11, 2026, 10:00 AM with Tara Therapist."));
        }

        @Test
        void acceptingForAClientOpensTheirSessions() throws Exception {
            when(offers.accept(any(), any())).thenReturn(booking("c0000000-0000-0000-0000-000000000001",
                    "2026-03-11T10:00:00Z", BookingStatus.BOOKED));
            mvc.perform(post("/waitlist/offers/" + OFFER_ID + "/accept").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/sessions?clientId=" + MORGAN_ID));
        }

        @Test
        void carriesAnExpiredOrRefusedAcceptBackToTheOffer() throws Exception {
            when(offers.accept(any(), any())).thenThrow(new ConflictException("The offer has expired"));
            mvc.perform(post("/waitlist/offers/" + OFFER_ID + "/accept").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/waitlist/offers/" + OFFER_ID))
                    .andExpect(flash().attribute("warning", "The offer has expired"));
            doThrow(RuleViolationException.of("clientId", CLEARANCE))
                    .when(offers).accept(any(), any());
            mvc.perform(post("/waitlist/offers/" + OFFER_ID + "/accept").with(SignedIn.client()).with(csrf()))
                    .andExpect(flash().attribute("warning", CLEARANCE));
        }

        @Test
        void decliningPassesTheTimeOnAndKeepsTheClientWaiting() throws Exception {
            when(offers.decline(OFFER_ID, SignedIn.CLIENT)).thenReturn(offer("DECLINED", "2026-03-10T11:00:00Z"));
            mvc.perform(post("/waitlist/offers/" + OFFER_ID + "/decline").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/waitlist"))
                    .andExpect(flash().attribute("notice",
                            "Thank you: the time goes to the next person waiting. You stay on the list."));
        }

        @Test
        void carriesAConflictingDeclineBackToTheOffer() throws Exception {
            when(offers.decline(any(), any())).thenThrow(new ConflictException("The offer is no longer open"));
            mvc.perform(post("/waitlist/offers/" + OFFER_ID + "/decline").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/waitlist/offers/" + OFFER_ID))
                    .andExpect(flash().attribute("warning", "The offer is no longer open"));
        }
    }

    @Nested
    class Access {

        @Test
        void refusesTherapists() throws Exception {
            mvc.perform(get("/waitlist").with(SignedIn.therapist())).andExpect(REFUSED);
            mvc.perform(join().with(SignedIn.therapist())).andExpect(status().isForbidden());
            verify(waitlist, never()).join(any(), any());
        }

        @Test
        void answersStaffWithoutAKnownClientWithNotFound() throws Exception {
            mvc.perform(get("/waitlist").with(SignedIn.admin())).andExpect(status().isNotFound());
        }

        @Test
        void refusesFormsWithoutTheirTokenAndSendsStrangersToSignIn() throws Exception {
            mvc.perform(post("/waitlist/offers/" + OFFER_ID + "/accept").with(SignedIn.client()))
                    .andExpect(status().isForbidden());
            verify(offers, never()).accept(any(), any());
            mvc.perform(get("/waitlist")).andExpect(redirectedUrl("/login"));
        }
    }
}
