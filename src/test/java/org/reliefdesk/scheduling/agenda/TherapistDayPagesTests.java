package org.reliefdesk.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.ANNA;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.CEDAR;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.HARBOUR;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.HARBOUR_STREET;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.NEW_YORK;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.TARA;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.aSession;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.planning.PlanInForce;
import org.reliefdesk.planning.PlansInForce;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Therapist;
import org.reliefdesk.scheduling.practice.Therapists;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The therapist's day: each session with the client's screening now and the plan in force (reads audited). */
@PageSliceTest(controllers = TherapistDayPages.class)
class TherapistDayPagesTests {

    static final UUID PLAN = UUID.fromString("dddddddd-0000-0000-0000-000000000001");
    static final PlanInForce ANNAS_PLAN = new PlanInForce(PLAN, 3, "MEDICAL_MASSAGE_60", List.of(
            new PlanInForce.Block(1, 5, "ASSESSMENT", null, "CONSULTATION", 0),
            new PlanInForce.Block(2, 55, "FOCUSED", "UPPER_BACK", "KNEADING", 3)));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Bookings bookings;

    @MockitoBean
    Therapists therapists;

    @MockitoBean
    Locations locations;

    @MockitoBean
    ScreeningGate gate;

    @MockitoBean
    PlansInForce plans;

    @MockitoBean
    ClientAccess access;

    @MockitoBean
    Services services;

    private final Booking booked = aSession("2026-03-10T10:00", TARA, CEDAR, BookingStatus.BOOKED);
    private final Booking cancelled = aSession("2026-03-10T14:00", TARA, CEDAR, BookingStatus.CANCELLED);

    static Therapist tara(LocalDate licensedThrough) {
        return new Therapist(TARA, "tara@slice.test", "Tara Therapist",
                new Therapist.Licence("LMT-1", "ME", licensedThrough), List.of("MEDICAL_MASSAGE"), HARBOUR);
    }

    @BeforeEach
    void taraHasTwoSessionsToday() {
        when(therapists.find(TARA)).thenReturn(Optional.of(tara(LocalDate.of(2030, 1, 1))));
        when(locations.find(HARBOUR)).thenReturn(Optional.of(HARBOUR_STREET));
        when(bookings.all(any())).thenReturn(List.of(booked, cancelled));
        when(gate.statusOf(ANNA)).thenReturn("CLEARED");
        when(plans.of(ANNA)).thenReturn(Optional.of(ANNAS_PLAN));
        when(services.find("MEDICAL_MASSAGE_60")).thenReturn(Optional.of(new Service("MEDICAL_MASSAGE_60",
                "Medical massage, 60 min", 60, List.of("MEDICAL_MASSAGE"), true)));
    }

    @Nested
    class TheDay {

        @Test
        void showsEachSessionWithScreeningAndThePlanInForce() throws Exception {
            mvc.perform(get("/therapist/today").with(SignedIn.therapist()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/therapist-day"))
                    .andExpect(model().attribute("day", LocalDate.of(2026, 3, 10)))
                    .andExpect(content().string(containsString("My day · Tuesday, March 10, 2026")))
                    .andExpect(model().attribute("previous", "2026-03-09"))
                    .andExpect(model().attribute("next", "2026-03-11"))
                    .andExpect(PageSlice.shows("Plan in force (version 3)"))
                    .andExpect(PageSlice.shows("55 min"))
                    .andExpect(PageSlice.shows("pressure 3"))
                    .andExpect(PageSlice.rendered("<span translate=\"no\" data-testid=\"service\">Medical massage, 60 min</span>"))
                    .andExpect(content().string(not(containsString(">MEDICAL_MASSAGE_60<"))))
                    .andExpect(PageSlice.shows("Screening now: Cleared to book"))
                    .andExpect(PageSlice.rendered("/bookings/" + booked.id() + "/note"));
            ArgumentCaptor<Bookings.Filter> filter = ArgumentCaptor.forClass(Bookings.Filter.class);
            verify(bookings).all(filter.capture());
            assertThat(filter.getValue().therapistId()).isEqualTo(TARA);
            assertThat(filter.getValue().from()).isEqualTo(LocalDate.of(2026, 3, 10).atStartOfDay(NEW_YORK).toInstant());
        }

        @Test
        void readingThePlanIsCheckedAndAuditedOnlyForBookedSessions() throws Exception {
            mvc.perform(get("/therapist/today").with(SignedIn.therapist())).andExpect(status().isOk());
            verify(access).clinicalCheck(ANNA, SignedIn.THERAPIST);
            verify(access).recordRead(SignedIn.THERAPIST, ANNA, "READ_PLAN_FOR_SESSION", "PLAN", PLAN);
            verify(plans, org.mockito.Mockito.times(1)).of(ANNA);
        }

        @Test
        void aScreeningThatNoLongerClearsIsAWarning() throws Exception {
            when(gate.statusOf(ANNA)).thenReturn("URGENT");
            when(plans.of(ANNA)).thenReturn(Optional.empty());
            mvc.perform(get("/therapist/today").with(SignedIn.therapist()))
                    .andExpect(PageSlice.shows("Screening now: Urgent: see a physician first"))
                    .andExpect(PageSlice.shows("The client's current screening does not clear massage."))
                    .andExpect(PageSlice.shows("No accepted plan in force yet."));
            verify(access).recordRead(SignedIn.THERAPIST, ANNA, "READ_PLAN_FOR_SESSION", "PLAN", null);
        }

        @Test
        void theDaysArrivalsCarryTheCheckInButtonAndComeBackHere() throws Exception {
            mvc.perform(get("/therapist/today").with(SignedIn.therapist()))
                    .andExpect(PageSlice.shows("Due (1)"))
                    .andExpect(PageSlice.rendered("/schedule/bookings/" + booked.id() + "/check-in"))
                    .andExpect(PageSlice.rendered("name=\"back\" value=\"/therapist/today\\?day=2026-03-10\""))
                    .andExpect(PageSlice.shows("Cancelled"));
        }

        @Test
        void anotherDayAndItsNeighbours() throws Exception {
            mvc.perform(get("/therapist/today").param("day", "2026-03-01").with(SignedIn.therapist()))
                    .andExpect(model().attribute("day", LocalDate.of(2026, 3, 1)))
                    .andExpect(model().attribute("previous", "2026-02-28"))
                    .andExpect(model().attribute("today", "2026-03-10"));
        }

        @Test
        void anExpiredLicenceIsWarnedAbout() throws Exception {
            when(therapists.find(TARA)).thenReturn(Optional.of(tara(LocalDate.of(2026, 3, 9))));
            mvc.perform(get("/therapist/today").with(SignedIn.therapist()))
                    .andExpect(PageSlice.shows("Your licence on file is not valid on this day"));
        }

        @Test
        void anEmptyDay() throws Exception {
            when(bookings.all(any())).thenReturn(List.of());
            mvc.perform(get("/therapist/today").with(SignedIn.therapist()))
                    .andExpect(model().attribute("sessions", empty()))
                    .andExpect(PageSlice.shows("No sessions booked this day."));
        }

        @Test
        void anAdministratorWithoutAProfileSeesTheFirstLocationsDay() throws Exception {
            when(therapists.find(SignedIn.ADMIN.id())).thenReturn(Optional.empty());
            when(locations.first()).thenReturn(Optional.of(HARBOUR_STREET));
            mvc.perform(get("/therapist/today").with(SignedIn.admin()))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("profile", org.hamcrest.Matchers.nullValue()));
        }
    }

    @Nested
    class Access {

        @Test
        void frontDeskAndClientsMayNotSeeIt() throws Exception {
            mvc.perform(get("/therapist/today").with(SignedIn.frontDesk())).andExpect(status().isForbidden());
            mvc.perform(get("/therapist/today").with(SignedIn.client())).andExpect(status().isForbidden());
            verify(plans, never()).of(any());
        }

        @Test
        void aClientTheTherapistMayNotSeeStopsThePage() throws Exception {
            when(access.clinicalCheck(ANNA, SignedIn.THERAPIST)).thenThrow(new ForbiddenException("Not your client"));
            mvc.perform(get("/therapist/today").with(SignedIn.therapist())).andExpect(status().isForbidden());
            verify(access, never()).recordRead(any(), any(), any(), any(), any());
        }

        @Test
        void nobodySignedInIsSentToSignIn() throws Exception {
            mvc.perform(get("/therapist/today")).andExpect(redirectedUrl("/login"));
        }
    }
}
