package org.reliefdesk.scheduling.booking;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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
import static org.reliefdesk.scheduling.PageSliceFixtures.NOT_FOUND;
import static org.reliefdesk.scheduling.PageSliceFixtures.REFUSED;
import static org.reliefdesk.scheduling.PageSliceFixtures.RETIRED;
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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.availability.Availability;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.Schedules.TherapistSchedule;
import org.reliefdesk.scheduling.availability.SlotFinder;
import org.reliefdesk.scheduling.availability.SlotFinder.SlotView;
import org.reliefdesk.scheduling.practice.Locations;
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

/** Booking in a few taps: the service, day and time picker, the confirmation, booking and cancelling. */
@PageSliceTest(controllers = BookingPages.class)
class BookingPagesTests {

    static final Booking TOMORROW = booking("c0000000-0000-0000-0000-000000000001", "2026-03-11T10:00:00Z",
            BookingStatus.BOOKED);
    static final String START = "2026-03-11T10:00:00Z";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Clients clients;

    @MockitoBean
    ClientAccess access;

    @MockitoBean
    Services services;

    @MockitoBean
    Locations locations;

    @MockitoBean
    Requirements requirements;

    @MockitoBean
    SlotFinder finder;

    @MockitoBean
    ScreeningGate gate;

    @MockitoBean
    Booker booker;

    @MockitoBean
    BookingChanges changes;

    @MockitoBean
    Bookings bookings;

    @BeforeEach
    void practice() {
        when(access.self(SignedIn.CLIENT)).thenReturn(MORGAN);
        when(clients.find(MORGAN_ID)).thenReturn(Optional.of(MORGAN));
        when(locations.first()).thenReturn(Optional.of(HARBOUR));
        when(locations.find(LOCATION_ID)).thenReturn(Optional.of(HARBOUR));
        when(services.all()).thenReturn(List.of(MASSAGE, RETIRED));
        when(services.find(MASSAGE.code())).thenReturn(Optional.of(MASSAGE));
        when(gate.statusOf(MORGAN_ID)).thenReturn("CLEARED");
        when(bookings.list(any(), any())).thenReturn(new Paged<>(List.of(), 0, 20, 0));
        Availability availability = mock(Availability.class);
        when(availability.therapists()).thenReturn(List.of(new TherapistSchedule(THERAPIST_ID, "Tara Therapist", null,
                Set.of(), List.of(), null, null)));
        when(finder.load(any(), anyInt(), any(), any(), anyLong(), anyLong())).thenReturn(availability);
    }

    @Nested
    class Picking {

        @Test
        void offersTheActiveServicesOfTheFirstLocation() throws Exception {
            mvc.perform(get("/book").with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/book"))
                    .andExpect(model().attribute("client", MORGAN))
                    .andExpect(model().attribute("forStaff", false))
                    .andExpect(model().attribute("location", HARBOUR))
                    .andExpect(model().attribute("services", List.of(MASSAGE)))
                    .andExpect(model().attribute("problem", nullValue()))
                    .andExpect(model().attribute("service", MASSAGE))
                    .andExpect(content().string(containsString("<h1>Book a session</h1>")))
                    .andExpect(PageSlice.shows("Medical massage, 60 min"))
                    .andExpect(content().string(not(containsString("Hot stone"))));
        }

        @Test
        void listsTheDaysFreeTimesForAnyTherapistAndByTherapist() throws Exception {
            when(finder.freeFor(eq(MORGAN_ID), eq(HARBOUR), eq(60), any(), any(), anyLong(), anyLong())).thenReturn(List.of(
                    new SlotView(START, "2026-03-11T11:00:00Z", THERAPIST_ID, null),
                    new SlotView("2026-03-11T14:15:00Z", "2026-03-11T15:15:00Z", THERAPIST_ID, null)));
            mvc.perform(get("/book").param("service", MASSAGE.code()).param("day", "2026-03-11")
                    .with(SignedIn.client()))
                    .andExpect(model().attribute("service", MASSAGE))
                    .andExpect(model().attribute("day", PageSlice.TODAY.plusDays(1)))
                    .andExpect(content().string(containsString("Wednesday, March 11, 2026")))
                    .andExpect(model().attribute("days", hasSize(SessionWords.DAYS_SHOWN)))
                    .andExpect(model().attribute("anyTimes", contains(
                            new BookingPages.Time(OffsetDateTime.parse(START), START, null),
                            new BookingPages.Time(OffsetDateTime.parse("2026-03-11T14:15:00Z"), "2026-03-11T14:15:00Z",
                                    null))))
                    .andExpect(model().attribute("byTherapist", hasKey(THERAPIST_ID)))
                    .andExpect(content().string(containsString("Tara Therapist</span> (2 times)")))
                    .andExpect(content().string(containsString(">2:15 PM</a>")));
        }

        @Test
        void opensOnTheFirstDayWithATimeTheClientCanTake() throws Exception {
            when(finder.freeFor(eq(MORGAN_ID), eq(HARBOUR), eq(60), any(), any(), anyLong(), anyLong())).thenReturn(
                    List.of(new SlotView("2026-03-12T09:00:00Z", "2026-03-12T10:00:00Z", THERAPIST_ID, null)));
            mvc.perform(get("/book").with(SignedIn.client()))
                    .andExpect(model().attribute("service", MASSAGE))
                    .andExpect(model().attribute("day", PageSlice.TODAY.plusDays(2)))
                    .andExpect(model().attribute("anyTimes", hasSize(1)));
            verify(finder, never()).free(any(), anyInt(), any(), any(), anyLong(), anyLong());
        }

        @Test
        void saysSoWhenTheDayHasNoFreeTime() throws Exception {
            mvc.perform(get("/book").param("service", MASSAGE.code()).with(SignedIn.client()))
                    .andExpect(model().attribute("day", PageSlice.TODAY))
                    .andExpect(content().string(containsString("No free times this day. Please try another day.")));
        }

        @Test
        void turnsAPastOrUnreadableDayIntoToday() throws Exception {
            mvc.perform(get("/book").param("service", MASSAGE.code()).param("day", "2026-03-01")
                    .with(SignedIn.client()))
                    .andExpect(model().attribute("day", PageSlice.TODAY));
            mvc.perform(get("/book").param("service", MASSAGE.code()).param("day", "next tuesday")
                    .with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("day", PageSlice.TODAY));
        }

        @Test
        void showsTheUpcomingSessionsWithACancelButton() throws Exception {
            when(bookings.list(any(), any())).thenReturn(new Paged<>(List.of(TOMORROW), 0, 20, 1));
            mvc.perform(get("/book").with(SignedIn.client()))
                    .andExpect(model().attribute("upcoming", List.of(TOMORROW)))
                    .andExpect(content().string(containsString("Your upcoming sessions")))
                    .andExpect(content().string(containsString("Wed, Mar 11, 10:00 AM")))
                    .andExpect(content().string(containsString("action=\"/book/" + TOMORROW.id() + "/cancel\"")));
        }

        @Test
        void waitsForALocationBeforeOfferingAnything() throws Exception {
            when(locations.first()).thenReturn(Optional.empty());
            mvc.perform(get("/book").with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeDoesNotExist("location", "services"))
                    .andExpect(content().string(containsString(
                            "Booking opens once the practice has set up a location.")));
        }
    }

    @Nested
    class ScreeningGateOnThePage {

        @Test
        void explainsABlockingScreeningAndOffersNoTimes() throws Exception {
            when(gate.statusOf(MORGAN_ID)).thenReturn("CLEARANCE_REQUIRED");
            mvc.perform(get("/book").param("service", MASSAGE.code()).with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("problem", "The client's screening needs a physician's clearance"
                            + " on file before a massage can be booked"))
                    .andExpect(model().attributeDoesNotExist("anyTimes"))
                    .andExpect(content().string(containsString("Go to your intake")))
                    .andExpect(content().string(not(containsString("1. Choose the session"))));
            verify(finder, never()).freeFor(any(), any(), anyInt(), any(), any(), anyLong(), anyLong());
        }

        @Test
        void tellsStaffWithoutTheIntakeLink() throws Exception {
            when(gate.statusOf(MORGAN_ID)).thenReturn("URGENT");
            mvc.perform(get("/book").param("clientId", MORGAN_ID.toString()).with(SignedIn.frontDesk()))
                    .andExpect(model().attribute("problem", containsString("prompt medical attention")))
                    .andExpect(content().string(not(containsString("Go to your intake"))));
        }
    }

    @Nested
    class Access {

        @Test
        void letsTheFrontDeskBookForANamedClient() throws Exception {
            mvc.perform(get("/book").param("clientId", MORGAN_ID.toString()).with(SignedIn.frontDesk()))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("client", MORGAN))
                    .andExpect(model().attribute("forStaff", true))
                    .andExpect(content().string(containsString("Book for <span translate=\"no\">Morgan Lee</span></h1>")));
        }

        @Test
        void booksAClientForThemselfWhateverClientIdTheySend() throws Exception {
            mvc.perform(get("/book").param("clientId", UUID.randomUUID().toString()).with(SignedIn.client()))
                    .andExpect(model().attribute("client", MORGAN));
            verify(clients, never()).find(any());
        }

        @Test
        void answersAnUnknownClientWithNotFound() throws Exception {
            mvc.perform(get("/book").param("clientId", "not-an-id").with(SignedIn.admin())).andExpect(NOT_FOUND);
        }

        @Test
        void refusesTherapists() throws Exception {
            mvc.perform(get("/book").with(SignedIn.therapist())).andExpect(REFUSED);
        }

        @Test
        void sendsStrangersToSignIn() throws Exception {
            mvc.perform(get("/book")).andExpect(redirectedUrl("/login"));
            mvc.perform(post("/book").param("service", MASSAGE.code()).with(csrf())).andExpect(redirectedUrl("/login"));
        }
    }

    @Nested
    class Confirming {

        @Test
        void showsWhatWillBeBooked() throws Exception {
            mvc.perform(get("/book/confirm").param("service", MASSAGE.code()).param("location", LOCATION_ID.toString())
                    .param("start", START).param("therapistId", THERAPIST_ID.toString()).with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/confirm"))
                    .andExpect(content().string(containsString("Wednesday, March 11, 2026, 10:00 AM")))
                    .andExpect(model().attribute("therapistName", "Tara Therapist"))
                    .andExpect(content().string(containsString("value=\"" + START + "\"")))
                    .andExpect(content().string(not(containsString("name=\"clientId\""))));
        }

        @Test
        void offersAnyQualifiedTherapistWhenNoneWasChosen() throws Exception {
            mvc.perform(get("/book/confirm").param("service", MASSAGE.code()).param("location", LOCATION_ID.toString())
                    .param("start", START).param("clientId", MORGAN_ID.toString()).with(SignedIn.frontDesk()))
                    .andExpect(model().attribute("therapistName", nullValue()))
                    .andExpect(content().string(containsString("Any qualified therapist")))
                    .andExpect(content().string(containsString("name=\"clientId\" value=\"" + MORGAN_ID + "\"")));
        }

        @Test
        void answersAnUnknownServiceWithNotFound() throws Exception {
            mvc.perform(get("/book/confirm").param("service", "NOPE").param("location", LOCATION_ID.toString())
                    .param("start", START).with(SignedIn.client()))
                    .andExpect(status().isNotFound());
        }

        @Test
        void answersAMissingStartWithBadRequest() throws Exception {
            mvc.perform(get("/book/confirm").param("service", MASSAGE.code()).param("location", LOCATION_ID.toString())
                    .with(SignedIn.client()))
                    .andExpect(status().isBadRequest());
        }
    }

    @Nested
    class BookingATime {

        @Test
        void booksAndShowsTheClientTheConfirmationPage() throws Exception {
            when(booker.book(eq(SignedIn.CLIENT), any())).thenReturn(TOMORROW);
            mvc.perform(post("/book").param("service", MASSAGE.code()).param("location", LOCATION_ID.toString())
                    .param("start", START).param("therapistId", "").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/sessions/" + TOMORROW.id() + "/booked"))
                    .andExpect(flash().attributeCount(0));
            verify(booker).book(SignedIn.CLIENT, new BookingRequest(MORGAN_ID.toString(), LOCATION_ID.toString(),
                    MASSAGE.code(), START, null));
        }

        @Test
        void sendsTheFrontDeskToTheScheduleOfThatDay() throws Exception {
            when(booker.book(any(), any())).thenReturn(TOMORROW);
            mvc.perform(post("/book").param("clientId", MORGAN_ID.toString()).param("service", MASSAGE.code())
                    .param("location", LOCATION_ID.toString()).param("start", START)
                    .param("therapistId", THERAPIST_ID.toString()).with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/schedule?location=" + LOCATION_ID + "&day=2026-03-11"))
                    .andExpect(flash().attribute("notice", containsString("Booked: Wednesday, March 11, 2026 at")));
            verify(booker).book(SignedIn.FRONT_DESK, new BookingRequest(MORGAN_ID.toString(), LOCATION_ID.toString(),
                    MASSAGE.code(), START, THERAPIST_ID.toString()));
        }

        @Test
        void apologisesWhenTheTimeWasJustTaken() throws Exception {
            when(booker.book(any(), any())).thenThrow(new ConflictException("taken"));
            mvc.perform(post("/book").param("clientId", MORGAN_ID.toString()).param("service", MASSAGE.code())
                    .param("location", LOCATION_ID.toString()).param("start", START)
                    .with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/book?service=MEDICAL_MASSAGE_60&location=" + LOCATION_ID
                            + "&day=2026-03-11&clientId=" + MORGAN_ID))
                    .andExpect(flash().attribute("warning", "Sorry, that time was just taken. Please pick another."));
        }

        @Test
        void tellsTheClientInTheirOwnWordsThatTheyAreBusyThen() throws Exception {
            when(booker.book(any(), any())).thenThrow(RuleViolationException.of("start",
                    "The client already has a booking at that time"));
            mvc.perform(post("/book").param("service", MASSAGE.code()).param("location", LOCATION_ID.toString())
                    .param("start", START).with(SignedIn.client()).with(csrf()))
                    .andExpect(flash().attribute("warning",
                            "You already have a session at that time. Please pick another time."));
            mvc.perform(post("/book").param("clientId", MORGAN_ID.toString()).param("service", MASSAGE.code())
                    .param("location", LOCATION_ID.toString()).param("start", START)
                    .with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(flash().attribute("warning", "The client already has a session at that time."));
        }

        @Test
        void carriesARefusedRuleBackToThePicker() throws Exception {
            when(booker.book(any(), any())).thenThrow(RuleViolationException.of("start",
                    "must be on the quarter hour"));
            mvc.perform(post("/book").param("service", MASSAGE.code()).param("location", LOCATION_ID.toString())
                    .param("start", START).with(SignedIn.client()).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("warning", "must be on the quarter hour"));
        }

        @Test
        void refusesTherapistsAndFormsWithoutTheirToken() throws Exception {
            mvc.perform(post("/book").param("service", MASSAGE.code()).param("location", LOCATION_ID.toString())
                    .param("start", START).with(SignedIn.therapist()).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/book").param("service", MASSAGE.code()).param("location", LOCATION_ID.toString())
                    .param("start", START).with(SignedIn.client()))
                    .andExpect(status().isForbidden());
            verify(booker, never()).book(any(), any());
        }
    }

    @Nested
    class Cancelling {

        @Test
        void cancelsAndSaysSo() throws Exception {
            mvc.perform(post("/book/" + TOMORROW.id() + "/cancel").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/book"))
                    .andExpect(flash().attribute("notice", "Your session is cancelled."));
            verify(changes).cancel(TOMORROW.id(), SignedIn.CLIENT, CancelReason.CLIENT_REQUEST, null);
        }

        @Test
        void carriesTheLateWindowRefusalToThePage() throws Exception {
            when(changes.cancel(any(), any(), any(), any())).thenThrow(RuleViolationException.of("start",
                    "is within 24 hours: please call us"));
            mvc.perform(post("/book/" + TOMORROW.id() + "/cancel").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/book"))
                    .andExpect(flash().attribute("warning", "is within 24 hours: please call us"));
        }

        @Test
        void carriesAConflictToThePage() throws Exception {
            when(changes.cancel(any(), any(), any(), any()))
                    .thenThrow(new ConflictException("The booking is already cancelled"));
            mvc.perform(post("/book/" + TOMORROW.id() + "/cancel").with(SignedIn.client()).with(csrf()))
                    .andExpect(flash().attribute("warning", "The booking is already cancelled"));
        }

        @Test
        void answersSomeoneElsesOrAMalformedBookingWithNotFound() throws Exception {
            when(changes.cancel(any(), any(), any(), any())).thenThrow(new NotFoundException("Booking"));
            mvc.perform(post("/book/" + TOMORROW.id() + "/cancel").with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/book/42/cancel").with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isNotFound());
        }
    }
}
