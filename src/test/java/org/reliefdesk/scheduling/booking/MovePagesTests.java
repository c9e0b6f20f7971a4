package org.reliefdesk.scheduling.booking;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.PageSliceFixtures.HARBOUR;
import static org.reliefdesk.scheduling.PageSliceFixtures.LOCATION_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.MASSAGE;
import static org.reliefdesk.scheduling.PageSliceFixtures.MORGAN_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.NOT_FOUND;
import static org.reliefdesk.scheduling.PageSliceFixtures.THERAPIST_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.booking;
import static org.reliefdesk.scheduling.PageSliceFixtures.lateCancelled;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.SlotFinder;
import org.reliefdesk.scheduling.availability.SlotFinder.SlotView;
import org.reliefdesk.scheduling.booking.Rescheduling.RescheduleRequest;
import org.reliefdesk.scheduling.practice.Locations;
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

/** Moving a session: the free times of a day as if the session were not there, then the move. */
@PageSliceTest(controllers = MovePages.class)
class MovePagesTests {

    static final Booking TOMORROW = booking("c0000000-0000-0000-0000-000000000001", "2026-03-11T10:00:00Z",
            BookingStatus.BOOKED);
    static final Booking MOVED = booking("c0000000-0000-0000-0000-000000000001", "2026-03-12T11:00:00Z",
            BookingStatus.BOOKED);
    static final UUID OTHER_THERAPIST = UUID.fromString("66666666-6666-6666-6666-666666666666");
    static final String MOVE = "/sessions/" + TOMORROW.id() + "/move";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BookingChanges changes;

    @MockitoBean
    Rescheduling rescheduling;

    @MockitoBean
    BookingStore store;

    @MockitoBean
    Locations locations;

    @MockitoBean
    Services services;

    @MockitoBean
    Requirements requirements;

    @MockitoBean
    SlotFinder finder;

    @BeforeEach
    void practice() {
        when(changes.visible(eq(TOMORROW.id()), any())).thenReturn(TOMORROW);
        when(locations.get(LOCATION_ID)).thenReturn(HARBOUR);
        when(services.find(MASSAGE.code())).thenReturn(Optional.of(MASSAGE));
        when(store.asIfVacated(eq(TOMORROW.id()), any())).thenAnswer(call -> call.<Supplier<?>>getArgument(1).get());
        when(finder.freeFor(any(), eq(HARBOUR), eq(60), any(), any(), anyLong(), anyLong())).thenReturn(List.of(
                new SlotView("2026-03-11T09:00:00Z", "2026-03-11T10:00:00Z", OTHER_THERAPIST, null),
                new SlotView("2026-03-11T10:00:00Z", "2026-03-11T11:00:00Z", OTHER_THERAPIST, null),
                new SlotView("2026-03-11T10:00:00Z", "2026-03-11T11:00:00Z", THERAPIST_ID, null)));
    }

    @Nested
    class Picking {

        @Test
        void offersTheSessionsDayWithOneTimePerStartTheCurrentTherapistFirst() throws Exception {
            mvc.perform(get(MOVE).with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/move"))
                    .andExpect(model().attribute("booking", TOMORROW))
                    .andExpect(content().string(containsString("Wed, Mar 11, 2026, 10:00 AM")))
                    .andExpect(model().attribute("day", LocalDate.of(2026, 3, 11)))
                    .andExpect(content().string(containsString("Wednesday, March 11, 2026")))
                    .andExpect(model().attribute("allowed", true))
                    .andExpect(model().attribute("lateHours", "24 hours"))
                    .andExpect(model().attribute("days", hasSize(SessionWords.DAYS_SHOWN)))
                    .andExpect(model().attribute("times", List.of(
                            new BookingPages.Time(OffsetDateTime.parse("2026-03-11T09:00:00Z"), "2026-03-11T09:00:00Z",
                                    OTHER_THERAPIST),
                            new BookingPages.Time(OffsetDateTime.parse("2026-03-11T10:00:00Z"), "2026-03-11T10:00:00Z",
                                    THERAPIST_ID))))
                    .andExpect(content().string(containsString("with <span translate=\"no\">Tara Therapist</span>")))
                    .andExpect(content().string(containsString("name=\"therapistId\" value=\"" + THERAPIST_ID + "\"")))
                    .andExpect(content().string(containsString("<a href=\"/sessions\">Back to the sessions</a>")));
            verify(store).asIfVacated(eq(TOMORROW.id()), any());
        }

        @Test
        void opensTheChosenDayButNeverOneInThePast() throws Exception {
            mvc.perform(get(MOVE).param("day", "2026-03-16").with(SignedIn.client()))
                    .andExpect(model().attribute("day", LocalDate.of(2026, 3, 16)));
            mvc.perform(get(MOVE).param("day", "2026-02-01").with(SignedIn.client()))
                    .andExpect(model().attribute("day", PageSlice.TODAY));
        }

        @Test
        void saysSoWhenTheDayHasNoFreeTime() throws Exception {
            when(finder.freeFor(any(), any(), anyInt(), any(), any(), anyLong(), anyLong())).thenReturn(List.of());
            mvc.perform(get(MOVE).with(SignedIn.client()))
                    .andExpect(model().attribute("times", List.of()))
                    .andExpect(content().string(containsString("No free times this day. Please try another day.")));
        }
    }

    @Nested
    class LateWindow {

        @Test
        void asksAClientToCallInsideTheWindow() throws Exception {
            when(changes.insideLateWindow(TOMORROW)).thenReturn(true);
            mvc.perform(get(MOVE).with(SignedIn.client()))
                    .andExpect(model().attribute("allowed", false))
                    .andExpect(content().string(containsString(
                            "This session starts within 24 hours, "
                            + "or is no longer booked. Please call us to change it.")))
                    .andExpect(content().string(not(containsString("2. Choose the new time"))));
        }

        @Test
        void letsStaffMoveInsideTheWindow() throws Exception {
            when(changes.insideLateWindow(TOMORROW)).thenReturn(true);
            mvc.perform(get(MOVE).with(SignedIn.frontDesk()))
                    .andExpect(model().attribute("allowed", true))
                    .andExpect(model().attribute("forStaff", true))
                    .andExpect(content().string(containsString("href=\"/sessions?clientId=" + MORGAN_ID + "\"")));
        }

        @Test
        void refusesToMoveASessionNoLongerBooked() throws Exception {
            when(changes.visible(eq(TOMORROW.id()), any())).thenReturn(lateCancelled(TOMORROW));
            mvc.perform(get(MOVE).with(SignedIn.admin()))
                    .andExpect(model().attribute("allowed", false));
        }
    }

    @Nested
    class Moving {

        @Test
        void movesAndReturnsToTheSessions() throws Exception {
            when(rescheduling.reschedule(any(), any(), any())).thenReturn(MOVED);
            mvc.perform(post(MOVE).param("start", "2026-03-12T11:00:00Z").param("therapistId", "")
                    .with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/sessions"))
                    .andExpect(flash().attribute("notice", "Moved to Thu, Mar 12, 2026, 11:00 AM with Tara Therapist."));
            verify(rescheduling).reschedule(TOMORROW.id(), SignedIn.CLIENT,
                    new RescheduleRequest("2026-03-12T11:00:00Z", null));
        }

        @Test
        void returnsStaffToTheClientsSessions() throws Exception {
            when(rescheduling.reschedule(any(), any(), any())).thenReturn(MOVED);
            mvc.perform(post(MOVE).param("start", "2026-03-12T11:00:00Z").param("therapistId", THERAPIST_ID.toString())
                    .with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/sessions?clientId=" + MORGAN_ID));
            verify(rescheduling).reschedule(TOMORROW.id(), SignedIn.FRONT_DESK,
                    new RescheduleRequest("2026-03-12T11:00:00Z", THERAPIST_ID.toString()));
        }

        @Test
        void apologisesAndReopensTheDayWhenTheTimeWasJustTaken() throws Exception {
            when(rescheduling.reschedule(any(), any(), any())).thenThrow(new ConflictException("taken"));
            mvc.perform(post(MOVE).param("start", "2026-03-12T11:00:00Z").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl(MOVE + "?day=2026-03-12"))
                    .andExpect(flash().attribute("warning", "Sorry, that time was just taken. Please pick another."));
        }

        @Test
        void carriesARefusedRuleBackToTheDay() throws Exception {
            when(rescheduling.reschedule(any(), any(), any())).thenThrow(RuleViolationException.of("start",
                    "must be on the quarter hour"));
            mvc.perform(post(MOVE).param("start", "2026-03-12T11:05:00Z").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl(MOVE + "?day=2026-03-12"))
                    .andExpect(flash().attribute("warning", "must be on the quarter hour"));
        }

        @Test
        void answersAMissingStartWithBadRequest() throws Exception {
            mvc.perform(post(MOVE).with(SignedIn.client()).with(csrf())).andExpect(status().isBadRequest());
            verify(rescheduling, never()).reschedule(any(), any(), any());
        }
    }

    @Nested
    class Access {

        @Test
        void answersSomeoneElsesSessionWithNotFound() throws Exception {
            UUID other = UUID.randomUUID();
            when(changes.visible(eq(other), any())).thenThrow(new NotFoundException("Booking"));
            mvc.perform(get("/sessions/" + other + "/move").with(SignedIn.client())).andExpect(NOT_FOUND);
            mvc.perform(post("/sessions/" + other + "/move").param("start", "2026-03-12T11:00:00Z")
                    .with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isNotFound());
            verify(rescheduling, never()).reschedule(any(), any(), any());
        }

        @Test
        void answersAnUnknownServiceWithNotFound() throws Exception {
            when(services.find(MASSAGE.code())).thenReturn(Optional.empty());
            mvc.perform(get(MOVE).with(SignedIn.client())).andExpect(status().isNotFound());
        }

        @Test
        void sendsStrangersToSignIn() throws Exception {
            mvc.perform(get(MOVE)).andExpect(redirectedUrl("/login"));
        }
    }
}
