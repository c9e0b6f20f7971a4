package org.reliefdesk.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.ANNA;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.CEDAR;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.HARBOUR;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.HARBOUR_STREET;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.JON;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.NEW_YORK;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.TARA;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.WILLOW;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.aSession;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.availability.ScheduleLoader;
import org.reliefdesk.scheduling.booking.BookingChanges;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The front desk's calendar: a day by therapist or by room, a week, the client search, cancel and no-show. */
@PageSliceTest(controllers = SchedulePages.class)
class SchedulePagesTests {

    /** The slice's "today" in New York: Tuesday 10 March 2026 (05:00 local). */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Locations locations;

    @MockitoBean
    Bookings bookings;

    @MockitoBean
    Clients clients;

    @MockitoBean
    ScreeningGate gate;

    @MockitoBean
    BookingChanges changes;

    @MockitoBean
    ScheduleLoader loader;

    private final Booking withTara = aSession("2026-03-10T10:00", TARA, CEDAR, BookingStatus.BOOKED);
    private final Booking withJon = aSession("2026-03-10T08:00", JON, WILLOW, BookingStatus.NO_SHOW);

    @BeforeEach
    void harbourStreetWithTaraAndJon() {
        when(locations.first()).thenReturn(Optional.of(HARBOUR_STREET));
        when(locations.find(HARBOUR)).thenReturn(Optional.of(HARBOUR_STREET));
        when(locations.all()).thenReturn(List.of(HARBOUR_STREET));
        Map<UUID, String> names = new LinkedHashMap<>();
        names.put(JON, "Jon Okafor");
        names.put(TARA, "Tara Therapist");
        when(loader.therapistNames(HARBOUR)).thenReturn(names);
        when(bookings.all(any())).thenReturn(List.of(withJon, withTara));
    }

    private Bookings.Filter filterAsked() {
        ArgumentCaptor<Bookings.Filter> filter = ArgumentCaptor.forClass(Bookings.Filter.class);
        verify(bookings).all(filter.capture());
        return filter.getValue();
    }

    @Nested
    class TheCalendar {

        @Test
        void todayByTherapistWithTheirSessions() throws Exception {
            mvc.perform(get("/schedule").with(SignedIn.frontDesk()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/schedule"))
                    .andExpect(model().attribute("location", HARBOUR_STREET))
                    .andExpect(model().attribute("day", "2026-03-10"))
                    .andExpect(model().attribute("today", "2026-03-10"))
                    .andExpect(model().attribute("view", "day"))
                    .andExpect(model().attribute("heading", "Tuesday 10 March 2026"))
                    .andExpect(model().attribute("previous", "2026-03-09"))
                    .andExpect(model().attribute("next", "2026-03-11"))
                    .andExpect(model().attribute("columns", contains(
                            PageSlice.having(SchedulePages.Column::title, "Jon Okafor"),
                            PageSlice.having(SchedulePages.Column::title, "Tara Therapist"))))
                    .andExpect(PageSlice.rendered("Harbour Street Clinic · Tuesday 10 March 2026"))
                    .andExpect(PageSlice.rendered("<strong>10:00–11:00</strong>"))
                    .andExpect(PageSlice.shows("NO SHOW"));
            Bookings.Filter filter = filterAsked();
            assertThat(filter.from()).isEqualTo(TODAY.atStartOfDay(NEW_YORK).toInstant());
            assertThat(filter.to()).isEqualTo(TODAY.plusDays(1).atStartOfDay(NEW_YORK).toInstant());
            assertThat(filter.locationId()).isEqualTo(HARBOUR);
        }

        @SuppressWarnings("unchecked")
        @Test
        void byRoomEveryRoomIsAColumnInItsOrder() throws Exception {
            var columns = (List<SchedulePages.Column>) mvc.perform(get("/schedule").param("location", HARBOUR.toString())
                    .param("day", "2026-03-10").param("view", "rooms").with(SignedIn.frontDesk()))
                    .andExpect(status().isOk())
                    .andReturn().getModelAndView().getModel().get("columns");
            assertThat(columns).extracting(SchedulePages.Column::title).containsExactly("Willow room", "Cedar room");
            assertThat(columns.get(0).bookings()).containsExactly(withJon);
            assertThat(columns.get(1).bookings()).containsExactly(withTara);
        }

        @SuppressWarnings("unchecked")
        @Test
        void aWeekRunsMondayToSundayWithADayLinkEach() throws Exception {
            var columns = (List<SchedulePages.Column>) mvc.perform(get("/schedule").param("day", "2026-03-12")
                    .param("view", "week").with(SignedIn.frontDesk()))
                    .andExpect(model().attribute("heading", "Week of Monday 9 March 2026"))
                    .andExpect(model().attribute("previous", "2026-03-05"))
                    .andExpect(model().attribute("next", "2026-03-19"))
                    .andReturn().getModelAndView().getModel().get("columns");
            assertThat(columns).extracting(SchedulePages.Column::title).containsExactly("Mon 9 Mar", "Tue 10 Mar",
                    "Wed 11 Mar", "Thu 12 Mar", "Fri 13 Mar", "Sat 14 Mar", "Sun 15 Mar");
            assertThat(columns.get(1).bookings()).containsExactly(withJon, withTara);
            assertThat(columns.get(0).bookings()).isEmpty();
            assertThat(columns.get(3).link()).isEqualTo("/schedule?location=" + HARBOUR + "&day=2026-03-12");
            assertThat(filterAsked().from()).isEqualTo(LocalDate.of(2026, 3, 9).atStartOfDay(NEW_YORK).toInstant());
        }

        @Test
        void aDayThatDoesNotReadIsToday() throws Exception {
            mvc.perform(get("/schedule").param("day", "someday").with(SignedIn.frontDesk()))
                    .andExpect(model().attribute("day", "2026-03-10"));
        }

        @Test
        void aSessionBookedTodayCanBeCancelledAndOneUnderWayMarkedAsANoShow() throws Exception {
            Booking started = aSession("2026-03-10T04:30", TARA, CEDAR, BookingStatus.BOOKED);
            when(bookings.all(any())).thenReturn(List.of(started, withTara));
            mvc.perform(get("/schedule").with(SignedIn.frontDesk()))
                    .andExpect(PageSlice.rendered("/schedule/bookings/" + started.id() + "/no-show"))
                    .andExpect(PageSlice.rendered("/schedule/bookings/" + withTara.id() + "/cancel"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                                    "/schedule/bookings/" + withTara.id() + "/no-show"))));
        }

        @Test
        void findsClientsWithTheScreeningStatusFrontDeskMaySee() throws Exception {
            Client anna = new Client(ANNA, UUID.randomUUID(), "Anna Client", "anna@slice.test",
                    LocalDate.of(1990, 1, 1), null);
            when(clients.search(eq("anna"), any())).thenReturn(new Paged<>(List.of(anna), 0, 20, 1));
            when(gate.statusOf(ANNA)).thenReturn("CLEARANCE_REQUIRED");
            mvc.perform(get("/schedule").param("q", "anna").with(SignedIn.frontDesk()))
                    .andExpect(model().attribute("found", contains(
                            PageSlice.having(SchedulePages.Found::status, "CLEARANCE_REQUIRED"))))
                    .andExpect(PageSlice.shows("CLEARANCE REQUIRED"))
                    .andExpect(PageSlice.rendered("/book\\?clientId=" + ANNA + "&amp;location=" + HARBOUR));
        }

        @Test
        void withoutALocationThePageSaysSo() throws Exception {
            when(locations.first()).thenReturn(Optional.empty());
            when(locations.all()).thenReturn(List.of());
            mvc.perform(get("/schedule").with(SignedIn.admin()))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("found", empty()))
                    .andExpect(model().attributeDoesNotExist("columns"))
                    .andExpect(PageSlice.shows("No location yet."));
            verify(bookings, never()).all(any());
        }
    }

    @Nested
    class CancelAndNoShow {

        @Test
        void aCancellationSaysWhoseAndWhetherLateThenGoesBack() throws Exception {
            Booking late = new Booking(withTara.id(), ANNA, "Anna Client", HARBOUR, NEW_YORK.getId(), "X", TARA,
                    "Tara", CEDAR, "Cedar", withTara.start(), withTara.end(), BookingStatus.CANCELLED, "CLEARED",
                    false, true, null, null, null, 2, null, null, null, false);
            when(changes.cancel(withTara.id(), SignedIn.FRONT_DESK, CancelReason.CLIENT_REQUEST, null)).thenReturn(late);
            mvc.perform(post("/schedule/bookings/" + withTara.id() + "/cancel").param("back", "/schedule?view=rooms")
                    .with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/schedule?view=rooms"))
                    .andExpect(flash().attribute("notice", "Cancelled Anna Client's session (late cancellation)."));
        }

        @Test
        void aRefusedCancellationIsAWarning() throws Exception {
            when(changes.cancel(any(), any(), any(), any())).thenThrow(new ConflictException(
                    "This booking is already cancelled"));
            mvc.perform(post("/schedule/bookings/" + withTara.id() + "/cancel").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/schedule"))
                    .andExpect(flash().attribute("warning", "This booking is already cancelled"));
        }

        @Test
        void aNoShowIsRecorded() throws Exception {
            mvc.perform(post("/schedule/bookings/" + withTara.id() + "/no-show").param("back", "/schedule?day=2026-03-10")
                    .with(SignedIn.therapist()).with(csrf()))
                    .andExpect(redirectedUrl("/schedule?day=2026-03-10"))
                    .andExpect(flash().attribute("notice", "Recorded as a no-show."));
            verify(changes).noShow(withTara.id(), SignedIn.THERAPIST);
        }

        @Test
        void aRefusedNoShowShowsTheFirstFieldMessage() throws Exception {
            when(changes.noShow(any(), any())).thenThrow(RuleViolationException.of("start",
                    "A session can be marked as a no-show only once it has started"));
            mvc.perform(post("/schedule/bookings/" + withTara.id() + "/no-show").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/schedule"))
                    .andExpect(flash().attribute("warning",
                            "A session can be marked as a no-show only once it has started"));
        }

        @Test
        void onlyOurOwnPagesAreGoneBackTo() throws Exception {
            for (String elsewhere : List.of("https://evil.example/", "//evil.example/x", "schedule")) {
                mvc.perform(post("/schedule/bookings/" + withTara.id() + "/no-show").param("back", elsewhere)
                        .with(SignedIn.frontDesk()).with(csrf()))
                        .andExpect(redirectedUrl("/schedule"));
            }
        }
    }

    @Nested
    class Access {

        @Test
        void aClientMayNotSeeTheCalendarOrCancelFromIt() throws Exception {
            mvc.perform(get("/schedule").with(SignedIn.client())).andExpect(status().isForbidden());
            mvc.perform(post("/schedule/bookings/" + withTara.id() + "/cancel").with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isForbidden());
            verify(changes, never()).cancel(any(), any(), any(), any());
        }

        @Test
        void nobodySignedInIsSentToSignIn() throws Exception {
            mvc.perform(get("/schedule")).andExpect(redirectedUrl("/login"));
        }
    }
}
