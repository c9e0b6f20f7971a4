package org.reliefdesk.scheduling.visits;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.PageSliceFixtures.HARBOUR;
import static org.reliefdesk.scheduling.PageSliceFixtures.LOCATION_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.MASSAGE;
import static org.reliefdesk.scheduling.PageSliceFixtures.MORGAN_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.NOT_FOUND;
import static org.reliefdesk.scheduling.PageSliceFixtures.REFUSED;
import static org.reliefdesk.scheduling.PageSliceFixtures.booking;
import static org.reliefdesk.scheduling.PageSliceFixtures.lateCancelled;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.scheduling.booking.BookingChanges;
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

/** Cancelling and no-shows with a confirmation (late window, reason, note); check-in and complete from a page. */
@PageSliceTest(controllers = VisitPages.class)
class VisitPagesTests {

    static final Booking TOMORROW = booking("c0000000-0000-0000-0000-000000000001", "2026-03-11T10:00:00Z",
            BookingStatus.BOOKED);
    static final Booking THIS_AFTERNOON = booking("c0000000-0000-0000-0000-000000000002", "2026-03-10T15:00:00Z",
            BookingStatus.BOOKED);
    static final Booking LAST_WEEK = booking("c0000000-0000-0000-0000-000000000003", "2026-03-03T10:00:00Z",
            BookingStatus.BOOKED);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BookingChanges changes;

    @MockitoBean
    Locations locations;

    @MockitoBean
    Services services;

    @BeforeEach
    void practice() {
        when(locations.get(LOCATION_ID)).thenReturn(HARBOUR);
        when(services.find(MASSAGE.code())).thenReturn(Optional.of(MASSAGE));
        when(changes.insideLateWindow(THIS_AFTERNOON)).thenReturn(true);
        for (Booking b : List.of(TOMORROW, THIS_AFTERNOON, LAST_WEEK)) {
            when(changes.visible(eq(b.id()), any())).thenReturn(b);
        }
    }

    @Nested
    class TheConfirmation {

        @Test
        void showsTheSessionTheWindowAndTheReasonsByLabel() throws Exception {
            mvc.perform(get("/sessions/" + TOMORROW.id() + "/cancel").with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/visit-confirm"))
                    .andExpect(model().attribute("late", false))
                    .andExpect(PageSlice.shows("Cancel this session?"))
                    .andExpect(PageSlice.shows("Wed, Mar 11, 2026, 10:00 AM"))
                    .andExpect(PageSlice.shows("Tara Therapist"))
                    .andExpect(PageSlice.shows("Medical massage, 60 min"))
                    .andExpect(PageSlice.shows("The session is more than 24 hours away: cancelling now is not a late cancellation."))
                    .andExpect(PageSlice.rendered("<option value=\"WEATHER\">Weather</option>"))
                    .andExpect(PageSlice.rendered("<label for=\"note\">Note \\(optional\\)</label>"))
                    .andExpect(PageSlice.rendered("data-testid=\"confirm\""));
        }

        @Test
        void asksAClientInsideTheWindowToCallInsteadOfOfferingTheForm() throws Exception {
            mvc.perform(get("/sessions/" + THIS_AFTERNOON.id() + "/cancel").with(SignedIn.client()))
                    .andExpect(PageSlice.shows("inside the late-cancellation window: it can no longer be cancelled online. Please call us."))
                    .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                            result.getResponse().getContentAsString()).doesNotContain("data-testid=\"confirm\""));
        }

        @Test
        void tellsStaffInsideTheWindowThatItIsRecordedAsLate() throws Exception {
            mvc.perform(get("/sessions/" + THIS_AFTERNOON.id() + "/cancel").param("back", "/schedule?day=2026-03-10")
                            .with(SignedIn.frontDesk()))
                    .andExpect(PageSlice.shows("this will be recorded as a late cancellation."))
                    .andExpect(PageSlice.rendered("name=\"back\" value=\"/schedule\\?day=2026-03-10\""))
                    .andExpect(PageSlice.rendered("data-testid=\"confirm\""));
        }

        @Test
        void speaksSpanishToo() throws Exception {
            mvc.perform(get("/sessions/" + TOMORROW.id() + "/cancel").header("Accept-Language", "es")
                            .with(SignedIn.client()))
                    .andExpect(PageSlice.rendered("<h1>¿Cancelar esta sesión\\?</h1>"))
                    .andExpect(PageSlice.rendered("<option value=\"ILLNESS\">Enfermedad</option>"));
        }

        @Test
        void confirmsANoShowForStaffOnly() throws Exception {
            mvc.perform(get("/sessions/" + LAST_WEEK.id() + "/no-show").with(SignedIn.frontDesk()))
                    .andExpect(status().isOk())
                    .andExpect(PageSlice.shows("Record that the client did not attend?"))
                    .andExpect(PageSlice.rendered("action=\"/sessions/" + LAST_WEEK.id() + "/no-show\""));
            mvc.perform(get("/sessions/" + LAST_WEEK.id() + "/no-show").with(SignedIn.client())).andExpect(REFUSED);
        }

        @Test
        void refusesATherapistTheCancellation() throws Exception {
            mvc.perform(get("/sessions/" + TOMORROW.id() + "/cancel").with(SignedIn.therapist())).andExpect(REFUSED);
        }

        @Test
        void answersSomeoneElsesSessionWithNotFound() throws Exception {
            UUID other = UUID.randomUUID();
            when(changes.visible(eq(other), any())).thenThrow(new NotFoundException("Booking"));
            mvc.perform(get("/sessions/" + other + "/cancel").with(SignedIn.client())).andExpect(NOT_FOUND);
        }
    }

    @Nested
    class Cancelling {

        @Test
        void cancelsWithTheReasonAndNoteAndReturnsToTheList() throws Exception {
            when(changes.cancel(TOMORROW.id(), SignedIn.CLIENT, CancelReason.ILLNESS, "Flu")).thenReturn(TOMORROW);
            mvc.perform(post("/sessions/" + TOMORROW.id() + "/cancel").param("reason", "ILLNESS").param("note", "Flu")
                            .with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/sessions"))
                    .andExpect(flash().attribute("notice", "Cancelled: Wed, Mar 11, 2026, 10:00 AM."));
        }

        @Test
        void withoutAReasonAsTheOldButtonsSent() throws Exception {
            when(changes.cancel(TOMORROW.id(), SignedIn.CLIENT, null, null)).thenReturn(TOMORROW);
            mvc.perform(post("/sessions/" + TOMORROW.id() + "/cancel").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/sessions"));
        }

        @Test
        void returnsStaffWhereTheyCameFromAndSaysItWasLate() throws Exception {
            when(changes.cancel(any(), any(), any(), any())).thenReturn(lateCancelled(THIS_AFTERNOON));
            mvc.perform(post("/sessions/" + THIS_AFTERNOON.id() + "/cancel").param("reason", "PRACTICE")
                            .param("back", "/schedule?day=2026-03-10").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/schedule?day=2026-03-10"))
                    .andExpect(flash().attribute("notice", "Cancelled: Tue, Mar 10, 2026, 3:00 PM (recorded as a late cancellation)."));
            verify(changes).cancel(THIS_AFTERNOON.id(), SignedIn.FRONT_DESK, CancelReason.PRACTICE, null);
        }

        @Test
        void neverReturnsToAnotherSite() throws Exception {
            when(changes.cancel(any(), any(), any(), any())).thenReturn(TOMORROW);
            mvc.perform(post("/sessions/" + TOMORROW.id() + "/cancel").param("back", "//evil.example/")
                            .with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/sessions?clientId=" + MORGAN_ID));
        }

        @Test
        void recordsANoShowAfterItsConfirmation() throws Exception {
            mvc.perform(post("/sessions/" + LAST_WEEK.id() + "/no-show").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/sessions?clientId=" + MORGAN_ID))
                    .andExpect(flash().attribute("notice", "Recorded: Morgan Lee did not attend Tue, Mar 3, 2026, 10:00 AM."));
            verify(changes).noShow(LAST_WEEK.id(), SignedIn.FRONT_DESK);
        }

        @Test
        void checksInAndCompletesFromAPage() throws Exception {
            mvc.perform(post("/sessions/" + THIS_AFTERNOON.id() + "/check-in").param("back", "/schedule")
                            .with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/schedule"))
                    .andExpect(flash().attribute("notice", "Checked in: Morgan Lee, Tue, Mar 10, 2026, 3:00 PM."));
            when(changes.complete(any(), any())).thenThrow(RuleViolationException.of("start",
                    "A session is completed once it has started"));
            mvc.perform(post("/sessions/" + THIS_AFTERNOON.id() + "/complete").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(flash().attribute("warning", "A session is completed once it has started"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void showsAnUnknownReasonBesideTheSelectAndChangesNothing() throws Exception {
            mvc.perform(post("/sessions/" + TOMORROW.id() + "/cancel").param("reason", "BORED").param("note", "kept")
                            .with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/visit-confirm"))
                    .andExpect(PageSlice.fieldError("reason",
                            "This must be one of CLIENT_REQUEST, ILLNESS, PRACTICE, WEATHER, OTHER."))
                    .andExpect(PageSlice.rendered(">kept</textarea>"));
            verify(changes, never()).cancel(any(), any(), any(), any());
        }

        @Test
        void showsATooLongNoteBesideTheNote() throws Exception {
            when(changes.cancel(any(), any(), any(), any())).thenThrow(RuleViolationException.of("note",
                    "must be at most 500 characters"));
            mvc.perform(post("/sessions/" + TOMORROW.id() + "/cancel").param("note", "x".repeat(501))
                            .with(SignedIn.client()).with(csrf()))
                    .andExpect(PageSlice.fieldError("note", "This must be at most 500 characters."));
        }

        @Test
        void showsTheLateWindowRefusalOnThePage() throws Exception {
            when(changes.cancel(any(), any(), any(), any())).thenThrow(RuleViolationException.of("start",
                    "This session starts within 24 hours; please call us to cancel"));
            mvc.perform(post("/sessions/" + THIS_AFTERNOON.id() + "/cancel").with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(PageSlice.shows("This session starts within 24 hours; please call us to cancel"));
        }

        @Test
        void carriesAConflictBackToTheList() throws Exception {
            when(changes.cancel(any(), any(), any(), any())).thenThrow(new ConflictException(
                    "This booking is already CANCELLED"));
            mvc.perform(post("/sessions/" + TOMORROW.id() + "/cancel").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/sessions"))
                    .andExpect(flash().attribute("warning", "This booking is already CANCELLED"));
        }

        @Test
        void refusesAFormWithoutItsToken() throws Exception {
            mvc.perform(post("/sessions/" + TOMORROW.id() + "/cancel").with(SignedIn.client()))
                    .andExpect(status().isForbidden());
            verify(changes, never()).cancel(any(), any(), any(), any());
        }
    }
}
