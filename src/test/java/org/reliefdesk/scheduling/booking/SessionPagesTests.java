package org.reliefdesk.scheduling.booking;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.PageSliceFixtures.HARBOUR;
import static org.reliefdesk.scheduling.PageSliceFixtures.LOCATION_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.MASSAGE;
import static org.reliefdesk.scheduling.PageSliceFixtures.MORGAN;
import static org.reliefdesk.scheduling.PageSliceFixtures.MORGAN_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.NOT_FOUND;
import static org.reliefdesk.scheduling.PageSliceFixtures.booking;
import static org.reliefdesk.scheduling.PageSliceFixtures.knowsMorgan;
import static org.reliefdesk.scheduling.PageSliceFixtures.lateCancelled;
import static org.reliefdesk.support.PageSlice.having;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.courses.Courses;
import org.reliefdesk.scheduling.notices.SessionCalendars;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.waitlist.Waitlist;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A client's sessions: coming up (cancel, calendar), the history with outcomes, no-shows by staff. */
@PageSliceTest(controllers = SessionPages.class)
class SessionPagesTests {

    static final Booking TOMORROW = booking("c0000000-0000-0000-0000-000000000001", "2026-03-11T10:00:00Z",
            BookingStatus.BOOKED);
    static final Booking THIS_AFTERNOON = booking("c0000000-0000-0000-0000-000000000002", "2026-03-10T15:00:00Z",
            BookingStatus.BOOKED);
    static final Booking LAST_WEEK = booking("c0000000-0000-0000-0000-000000000003", "2026-03-03T10:00:00Z",
            BookingStatus.BOOKED);
    static final Booking MISSED = booking("c0000000-0000-0000-0000-000000000004", "2026-03-05T10:00:00Z",
            BookingStatus.NO_SHOW);
    static final Booking CALLED_OFF = lateCancelled(booking("c0000000-0000-0000-0000-000000000005",
            "2026-03-06T10:00:00Z", BookingStatus.BOOKED));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClientAccess access;

    @MockitoBean
    Bookings bookings;

    @MockitoBean
    BookingChanges changes;

    @MockitoBean
    BookingStore store;

    @MockitoBean
    Courses courses;

    @MockitoBean
    Waitlist waitlist;

    @MockitoBean
    Locations locations;

    @MockitoBean
    SessionCalendars calendar;

    @BeforeEach
    void practice() {
        knowsMorgan(access);
        when(locations.first()).thenReturn(Optional.of(HARBOUR));
        when(bookings.list(any(), any())).thenReturn(new Paged<>(List.of(LAST_WEEK, MISSED, CALLED_OFF,
                THIS_AFTERNOON, TOMORROW), 0, 200, 5));
        when(changes.insideLateWindow(THIS_AFTERNOON)).thenReturn(true);
        when(waitlist.list(any(), any(), any(), any(), any(), any())).thenReturn(new Paged<>(List.of(), 0, 50, 0));
        for (Booking b : List.of(TOMORROW, THIS_AFTERNOON, LAST_WEEK, MISSED, CALLED_OFF)) {
            when(changes.visible(eq(b.id()), any())).thenReturn(b);
        }
    }

    @Nested
    class TheList {

        @Test
        void splitsComingUpFromTheHistoryNewestFirst() throws Exception {
            mvc.perform(get("/sessions").with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/sessions"))
                    .andExpect(model().attribute("client", MORGAN))
                    .andExpect(model().attribute("forStaff", false))
                    .andExpect(model().attribute("canBook", true))
                    .andExpect(model().attribute("lateHours", "24 hours"))
                    .andExpect(model().attribute("upcoming", contains(
                            having(SessionPages.Row::booking, THIS_AFTERNOON),
                            having(SessionPages.Row::booking, TOMORROW))))
                    .andExpect(model().attribute("history", contains(having(SessionPages.Row::outcome,
                            "LATE_CANCELLATION"), having(SessionPages.Row::outcome, "NO_SHOW"),
                            having(SessionPages.Row::outcome, "ATTENDED"))))
                    .andExpect(content().string(containsString("Late cancellation")))
                    .andExpect(content().string(containsString("Did not attend")))
                    .andExpect(content().string(containsString("<h1>Your sessions</h1>")))
                    .andExpect(content().string(containsString("Wed, Mar 11, 2026, 10:00 AM")));
        }

        @Test
        void letsAClientChangeOnlyOutsideTheLateWindow() throws Exception {
            mvc.perform(get("/sessions").with(SignedIn.client()))
                    .andExpect(model().attribute("upcoming", contains(having(SessionPages.Row::canChange, false),
                            having(SessionPages.Row::canChange, true))))
                    .andExpect(content().string(containsString(
                            "Within 24 hours of the start: please call us to change it.")))
                    .andExpect(content().string(containsString("href=\"/sessions/" + TOMORROW.id() + "/move\"")))
                    .andExpect(content().string(not(containsString(
                            "href=\"/sessions/" + THIS_AFTERNOON.id() + "/move\""))))
                    .andExpect(content().string(not(containsString("Did not attend</button>"))));
        }

        @Test
        void letsStaffChangeInsideTheWindowAndRecordNoShows() throws Exception {
            mvc.perform(get("/sessions").param("clientId", MORGAN_ID.toString()).with(SignedIn.frontDesk()))
                    .andExpect(model().attribute("forStaff", true))
                    .andExpect(model().attribute("upcoming", contains(having(SessionPages.Row::canChange, true),
                            having(SessionPages.Row::canChange, true))))
                    .andExpect(model().attribute("history", contains(having(SessionPages.Row::canNoShow, false),
                            having(SessionPages.Row::canNoShow, false), having(SessionPages.Row::canNoShow, true))))
                    .andExpect(content().string(containsString("Sessions of <span translate=\"no\">Morgan Lee</span></h1>")))
                    .andExpect(content().string(containsString("href=\"/sessions/" + LAST_WEEK.id() + "/no-show\"")))
                    .andExpect(content().string(containsString("href=\"/sessions/" + THIS_AFTERNOON.id() + "/cancel\"")));
        }

        @Test
        void letsTherapistsLookButNotBookOrChange() throws Exception {
            mvc.perform(get("/sessions").param("clientId", MORGAN_ID.toString()).with(SignedIn.therapist()))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("canBook", false))
                    .andExpect(model().attribute("upcoming", contains(having(SessionPages.Row::canChange, false),
                            having(SessionPages.Row::canChange, false))))
                    .andExpect(content().string(not(containsString("Book a session"))));
        }

        @Test
        void showsWhereASessionWasMovedFrom() throws Exception {
            when(store.moves(TOMORROW.id())).thenReturn(List.of(new BookingStore.Moved(
                    Instant.parse("2026-03-09T16:30:00Z"), true)));
            mvc.perform(get("/sessions").with(SignedIn.client()))
                    .andExpect(content().string(containsString(
                            "Moved from Mon, Mar 9, 2026, 4:30 PM (inside the late window)")));
        }

        @Test
        void showsTheDaysTheClientWaitsFor() throws Exception {
            when(waitlist.list(eq(SignedIn.CLIENT), eq(MORGAN_ID), any(), any(), eq("WAITING"), any()))
                    .thenReturn(new Paged<>(List.of(new Waitlist.Entry(UUID.randomUUID(), MORGAN_ID, "Morgan Lee",
                            LOCATION_ID, MASSAGE.code(), LocalDate.of(2026, 3, 13), null, "WAITING", 2, null,
                            Instant.parse("2026-03-09T08:00:00Z"))), 0, 50, 1));
            mvc.perform(get("/sessions").with(SignedIn.client()))
                    .andExpect(content().string(containsString("Waiting for a time")))
                    .andExpect(content().string(containsString("Fri, Mar 13 · number 2 on the list")));
        }

        @Test
        void saysSoWhenNothingIsBooked() throws Exception {
            when(bookings.list(any(), any())).thenReturn(new Paged<>(List.of(), 0, 200, 0));
            mvc.perform(get("/sessions").with(SignedIn.client()))
                    .andExpect(content().string(containsString("Nothing booked.")))
                    .andExpect(content().string(containsString("No past sessions yet.")));
        }
    }

    @Nested
    class Access {

        @Test
        void answersAStaffRequestWithoutAKnownClientWithNotFound() throws Exception {
            mvc.perform(get("/sessions").with(SignedIn.frontDesk())).andExpect(NOT_FOUND);
        }

        @Test
        void showsAClientOnlyTheirOwnWhateverClientIdTheySend() throws Exception {
            mvc.perform(get("/sessions").param("clientId", UUID.randomUUID().toString()).with(SignedIn.client()))
                    .andExpect(model().attribute("client", MORGAN));
            verify(access, never()).profile(any(), any());
        }

        @Test
        void sendsStrangersToSignIn() throws Exception {
            mvc.perform(get("/sessions")).andExpect(redirectedUrl("/login"));
            mvc.perform(get("/sessions/" + TOMORROW.id() + "/calendar.ics")).andExpect(redirectedUrl("/login"));
        }
    }

    @Nested
    class Calendar {

        @Test
        void downloadsTheSessionAsAnIcsFile() throws Exception {
            when(calendar.bookingCalendar(eq(TOMORROW.id()), any())).thenReturn("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
            mvc.perform(get("/sessions/" + TOMORROW.id() + "/calendar.ics").with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                    .andExpect(header().string("Content-Disposition", "attachment; filename=\"session.ics\""))
                    .andExpect(content().string("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        }

        @Test
        void answersSomeoneElsesSessionWithNotFound() throws Exception {
            UUID other = UUID.randomUUID();
            when(calendar.bookingCalendar(eq(other), any())).thenThrow(new NotFoundException("Booking"));
            mvc.perform(get("/sessions/" + other + "/calendar.ics").with(SignedIn.client()))
                    .andExpect(status().isNotFound());
        }
    }
}
