package org.reliefdesk.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.ANNA;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.CEDAR;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.HARBOUR;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.HARBOUR_STREET;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.JON;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.MASSAGE;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.NEW_YORK;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.TARA;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.WILLOW;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.aSession;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.availability.ScheduleLoader;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.services.Services;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The appointment book: a day by therapist or by room, a week, the agenda and the arrivals; who may see what. */
@PageSliceTest(controllers = SchedulePages.class)
@Import(BookSheets.class)
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
    BookReader reader;

    @MockitoBean
    ScreeningGate gate;

    @MockitoBean
    Services services;

    @MockitoBean
    ScheduleLoader loader;

    private final Booking withTara = aSession("2026-03-10T10:00", TARA, CEDAR, BookingStatus.BOOKED);
    private final Booking withJon = aSession("2026-03-10T08:00", JON, WILLOW, BookingStatus.NO_SHOW,
            UUID.randomUUID(), "Ben Client");
    private final Booking cancelled = aSession("2026-03-10T13:00", TARA, CEDAR, BookingStatus.CANCELLED,
            UUID.randomUUID(), "Cleo Cancelled");

    @BeforeEach
    void harbourStreetWithTaraAndJon() {
        when(locations.first()).thenReturn(Optional.of(HARBOUR_STREET));
        when(locations.find(HARBOUR)).thenReturn(Optional.of(HARBOUR_STREET));
        when(locations.all()).thenReturn(List.of(HARBOUR_STREET));
        Map<UUID, String> names = new LinkedHashMap<>();
        names.put(JON, "Jon Okafor");
        names.put(TARA, "Tara Therapist");
        when(loader.therapistNames(HARBOUR)).thenReturn(names);
        when(reader.staffing(eq(HARBOUR), any(), any())).thenReturn(AgendaFixtures.jonAndTara());
        when(bookings.all(any())).thenReturn(List.of(withJon, withTara, cancelled));
        when(services.all()).thenReturn(List.of(MASSAGE));
    }

    private Bookings.Filter filterAsked() {
        ArgumentCaptor<Bookings.Filter> filter = ArgumentCaptor.forClass(Bookings.Filter.class);
        verify(bookings).all(filter.capture());
        return filter.getValue();
    }

    private Sheet sheetOf(org.springframework.test.web.servlet.MvcResult result) {
        return (Sheet) result.getModelAndView().getModel().get("sheet");
    }

    @Nested
    class TheDay {

        @Test
        void aLanePerTherapistWithBlocksOnTheTimeAxisAndFreeCellsThatStartABooking() throws Exception {
            Sheet sheet = sheetOf(mvc.perform(get("/schedule").with(SignedIn.frontDesk()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/schedule"))
                    .andExpect(model().attribute("day", "2026-03-10"))
                    .andExpect(model().attribute("view", "therapists"))
                    .andExpect(model().attribute("previous", "2026-03-09"))
                    .andExpect(PageSlice.rendered("<span translate=\"no\">Harbour Street Clinic</span> · <span>Tuesday, March 10, 2026</span>"))
                    .andExpect(PageSlice.shows("Medical massage, 60 min"))
                    .andExpect(PageSlice.shows("No-show"))
                    .andExpect(PageSlice.rendered("Book Tara Therapist at\\s*</span><span>9:15 AM</span>"))
                    .andExpect(PageSlice.rendered("/schedule/new\\?location=" + HARBOUR + "&amp;therapist=" + TARA
                            + "&amp;start=2026-03-10T11:00"))
                    .andReturn());
            assertThat(sheet.lanes()).extracting(Sheet.Lane::title).containsExactly("Jon Okafor", "Tara Therapist");
            assertThat(sheet.marks().get(0).time()).isEqualTo("8:00 AM");
            Sheet.Block block = sheet.lanes().get(1).blocks().get(0);
            assertThat(block.row()).isEqualTo(2 + 8);
            assertThat(block.span()).isEqualTo(4);
            Bookings.Filter filter = filterAsked();
            assertThat(filter.from()).isEqualTo(TODAY.atStartOfDay(NEW_YORK).toInstant());
            assertThat(filter.to()).isEqualTo(TODAY.plusDays(1).atStartOfDay(NEW_YORK).toInstant());
            assertThat(filter.locationId()).isEqualTo(HARBOUR);
        }

        @Test
        void cancelledBookingsAreHiddenUnlessAskedFor() throws Exception {
            mvc.perform(get("/schedule").with(SignedIn.frontDesk()))
                    .andExpect(content().string(not(containsString("Cleo Cancelled"))))
                    .andExpect(PageSlice.shows("Show cancelled"));
            mvc.perform(get("/schedule").param("cancelled", "true").with(SignedIn.frontDesk()))
                    .andExpect(PageSlice.shows("Cleo Cancelled"))
                    .andExpect(PageSlice.rendered("class=\"block s-CANCELLED"));
        }

        @Test
        void flagsClearanceNeededPlanToReviewAndFirstVisit() throws Exception {
            when(gate.statusesOf(anyCollection())).thenReturn(Map.of(ANNA, "CLEARANCE_REQUIRED"));
            when(reader.firstVisits(anyCollection())).thenReturn(Set.of(withTara.id()));
            mvc.perform(get("/schedule").with(SignedIn.frontDesk()))
                    .andExpect(PageSlice.shows("Clearance needed"))
                    .andExpect(PageSlice.shows("First visit"));
        }

        @Test
        void byRoomEveryRoomIsALaneInItsOrderWithoutFreeCells() throws Exception {
            Sheet sheet = sheetOf(mvc.perform(get("/schedule").param("location", HARBOUR.toString())
                    .param("view", "rooms").with(SignedIn.frontDesk())).andExpect(status().isOk()).andReturn());
            assertThat(sheet.lanes()).extracting(Sheet.Lane::title).containsExactly("Willow room", "Cedar room");
            assertThat(sheet.lanes().get(0).blocks()).extracting(Sheet.Block::booking).containsExactly(withJon);
            assertThat(sheet.lanes()).allSatisfy(l -> assertThat(l.free()).isEmpty());
        }

        @Test
        void aDayThatDoesNotReadIsToday() throws Exception {
            mvc.perform(get("/schedule").param("day", "someday").with(SignedIn.frontDesk()))
                    .andExpect(model().attribute("day", "2026-03-10"));
        }

        @Test
        void withoutALocationThePageSaysSo() throws Exception {
            when(locations.first()).thenReturn(Optional.empty());
            when(locations.all()).thenReturn(List.of());
            mvc.perform(get("/schedule").with(SignedIn.admin()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeDoesNotExist("sheet"))
                    .andExpect(PageSlice.shows("No location yet."));
            verify(bookings, never()).all(any());
        }
    }

    @Nested
    class WeekAgendaAndArrivals {

        @Test
        void aTherapistsWeekRunsMondayToSundayWithADayLinkEach() throws Exception {
            Sheet sheet = sheetOf(mvc.perform(get("/schedule").param("day", "2026-03-12").param("view", "week")
                    .param("therapist", TARA.toString()).with(SignedIn.frontDesk()))
                    .andExpect(PageSlice.shows("Week of Monday, March 9, 2026"))
                    .andExpect(model().attribute("previous", "2026-03-05"))
                    .andReturn());
            assertThat(sheet.lanes()).extracting(Sheet.Lane::title).containsExactly("Mon, Mar 9", "Tue, Mar 10",
                    "Wed, Mar 11", "Thu, Mar 12", "Fri, Mar 13", "Sat, Mar 14", "Sun, Mar 15");
            assertThat(sheet.lanes().get(3).link()).isEqualTo("/schedule?location=" + HARBOUR + "&day=2026-03-12");
            assertThat(sheet.lanes().get(5).free()).isEmpty();
            assertThat(sheet.lanes().get(3).free()).isNotEmpty();
            Bookings.Filter filter = filterAsked();
            assertThat(filter.therapistId()).isEqualTo(TARA);
            assertThat(filter.from()).isEqualTo(LocalDate.of(2026, 3, 9).atStartOfDay(NEW_YORK).toInstant());
        }

        @Test
        void aRoomsWeekShowsOnlyThatRoom() throws Exception {
            Sheet sheet = sheetOf(mvc.perform(get("/schedule").param("view", "week").param("room", WILLOW.toString())
                    .with(SignedIn.frontDesk())).andReturn());
            assertThat(sheet.lanes().get(1).blocks()).extracting(Sheet.Block::booking).containsExactly(withJon);
        }

        @Test
        void theAgendaListsOneTherapistsDayWithItsButtonsAndFreeTimes() throws Exception {
            mvc.perform(get("/schedule").param("view", "agenda").param("therapist", TARA.toString())
                    .with(SignedIn.frontDesk()))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("whose", TARA))
                    .andExpect(PageSlice.rendered("/schedule/bookings/" + withTara.id() + "/check-in"))
                    .andExpect(PageSlice.rendered("/sessions/" + withTara.id() + "/cancel"))
                    .andExpect(PageSlice.rendered("/sessions/" + withTara.id() + "/move\\?day=2026-03-10"))
                    .andExpect(PageSlice.rendered("/clients/" + ANNA + "/quick"))
                    .andExpect(PageSlice.shows("Free times"));
            assertThat(filterAsked().therapistId()).isEqualTo(TARA);
        }

        @Test
        void arrivalsListWhoIsDue() throws Exception {
            mvc.perform(get("/schedule").param("view", "arrivals").with(SignedIn.frontDesk()))
                    .andExpect(PageSlice.shows("Due (1)"))
                    .andExpect(PageSlice.rendered("data-testid=\"arrivals-due\""))
                    .andExpect(PageSlice.rendered("/schedule/bookings/" + withTara.id() + "/check-in"));
        }
    }

    @Nested
    class Access {

        @Test
        void aTherapistSeesOnlyTheirOwnLaneWithoutFreeCells() throws Exception {
            when(bookings.all(any())).thenReturn(List.of(withTara));
            Sheet sheet = sheetOf(mvc.perform(get("/schedule").param("therapist", JON.toString())
                    .with(SignedIn.therapist())).andExpect(status().isOk()).andReturn());
            assertThat(filterAsked().therapistId()).isEqualTo(TARA);
            assertThat(sheet.lanes()).extracting(Sheet.Lane::title).containsExactly("Tara Therapist");
            assertThat(sheet.lanes().get(0).free()).isEmpty();
        }

        @Test
        void aTherapistAskingForRoomsGetsTheirOwnLane() throws Exception {
            mvc.perform(get("/schedule").param("view", "rooms").with(SignedIn.therapist()))
                    .andExpect(model().attribute("view", "therapists"));
        }

        @Test
        void aClientMayNotSeeTheBook() throws Exception {
            mvc.perform(get("/schedule").with(SignedIn.client())).andExpect(status().isForbidden());
            verify(bookings, never()).all(any());
        }

        @Test
        void nobodySignedInIsSentToSignIn() throws Exception {
            mvc.perform(get("/schedule")).andExpect(redirectedUrl("/login"));
        }
    }
}
