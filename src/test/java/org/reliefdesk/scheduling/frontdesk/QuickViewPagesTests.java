package org.reliefdesk.scheduling.frontdesk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.ClientClosures;
import org.reliefdesk.planning.PlanStanding;
import org.reliefdesk.scheduling.frontdesk.ClientSummary.Visit;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The client's quick view: what the front desk may know at a glance, and the way on to booking. */
@PageSliceTest(controllers = QuickViewPages.class)
class QuickViewPagesTests {

    static final UUID MORGAN_ID = UUID.fromString("55555555-5555-5555-5555-555555555555");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClientSummaries summaries;

    @MockitoBean
    ClientClosures closures;

    static ClientSummary morgan(String screening, PlanStanding plan, int noShows, int late, List<String> alerts) {
        return new ClientSummary(MORGAN_ID, "Morgan Lee", LocalDate.of(1988, 4, 2), 37, "555-0199",
                "morgan@slice.test", screening, plan,
                new Visit(UUID.randomUUID(), OffsetDateTime.parse("2026-03-12T10:00:00Z"), "Tara Therapist", null),
                new Visit(UUID.randomUUID(), OffsetDateTime.parse("2026-02-26T15:30:00Z"), "Sam Therapist",
                        "COMPLETED"), noShows, late, alerts);
    }

    @Test
    void showsAgeContactStatusPlanVisitsAndTheWayToBook() throws Exception {
        when(summaries.of(MORGAN_ID, SignedIn.FRONT_DESK)).thenReturn(morgan("CLEARED",
                new PlanStanding("ACCEPTED", 2, 2), 0, 0, List.of()));
        mvc.perform(get("/clients/" + MORGAN_ID + "/quick").with(SignedIn.frontDesk()))
                .andExpect(status().isOk())
                .andExpect(view().name("scheduling/quick"))
                .andExpect(model().attribute("canBook", true))
                .andExpect(content().string(containsString("<h1 translate=\"no\">Morgan Lee</h1>")))
                .andExpect(PageSlice.shows("37 (born Apr 2, 1988)"))
                .andExpect(content().string(containsString("href=\"tel:555-0199\"")))
                .andExpect(content().string(containsString("href=\"mailto:morgan@slice.test\"")))
                .andExpect(PageSlice.shows("Cleared to book"))
                .andExpect(PageSlice.shows("Accepted plan v2"))
                .andExpect(content().string(matchesPattern("(?s).*Thu, Mar 12, 2026, 10:00\\W*AM with Tara Therapist.*")))
                .andExpect(content().string(matchesPattern("(?s).*Thu, Feb 26, 2026, 3:30\\W*PM with Sam Therapist.*")))
                .andExpect(content().string(containsString("href=\"/book?clientId=" + MORGAN_ID + "\"")))
                .andExpect(content().string(not(containsString("class=\"alerts\""))));
    }

    @Test
    void listsEveryAlert() throws Exception {
        when(summaries.of(MORGAN_ID, SignedIn.FRONT_DESK)).thenReturn(morgan("CLEARANCE_REQUIRED",
                new PlanStanding("NEEDS_REVIEW", 3, null), 2, 1,
                List.of("CLEARANCE_NEEDED", "PLAN_NEEDS_REVIEW", "NO_SHOWS", "LATE_CANCELLATIONS")));
        mvc.perform(get("/clients/" + MORGAN_ID + "/quick").with(SignedIn.frontDesk()))
                .andExpect(PageSlice.shows("Clearance needed from a physician before massage."))
                .andExpect(PageSlice.shows("Plan needs review by the therapist."))
                .andExpect(PageSlice.shows("Previous no-shows: 2"))
                .andExpect(PageSlice.shows("Late cancellations: 1"))
                .andExpect(PageSlice.shows("Clearance needed"))
                .andExpect(content().string(containsString("<span>Plan needs review</span>")));
    }

    @Test
    void saysTheInvitationWentAfterANewClientWasAdded() throws Exception {
        when(summaries.of(MORGAN_ID, SignedIn.FRONT_DESK)).thenReturn(morgan("NO_INTAKE", PlanStanding.NO_PLAN, 0, 0,
                List.of("NO_INTAKE")));
        mvc.perform(get("/clients/" + MORGAN_ID + "/quick").flashAttr("invited", "morgan@slice.test")
                        .with(SignedIn.frontDesk()))
                .andExpect(PageSlice.shows("Invitation sent to morgan@slice.test"))
                .andExpect(PageSlice.shows("No intake yet: a booked time is held until the intake is done."))
                .andExpect(content().string(containsString("<span>No plan</span>")))
                .andExpect(content().string(containsString("data-testid=\"book-a-time\"")));
    }

    @Test
    void speaksSpanish() throws Exception {
        when(summaries.of(any(), any())).thenReturn(morgan("URGENT", new PlanStanding("PROPOSED", 3, 2), 0, 0,
                List.of("URGENT")));
        mvc.perform(get("/clients/" + MORGAN_ID + "/quick").with(SignedIn.as(SignedIn.speaking(Role.FRONT_DESK, "es"))))
                .andExpect(content().string(containsString("Urgente: ver primero a un médico")))
                .andExpect(content().string(containsString("Plan v2 aceptado (v3 propuesto)")))
                .andExpect(content().string(containsString("37 (nacido/a el 2 abr 1988)")));
    }

    @Test
    void letsTherapistsSeeButNotBook() throws Exception {
        when(summaries.of(MORGAN_ID, SignedIn.THERAPIST)).thenReturn(morgan("CLEARED",
                new PlanStanding("PROPOSED", 1, null), 0, 0, List.of()));
        mvc.perform(get("/clients/" + MORGAN_ID + "/quick").with(SignedIn.therapist()))
                .andExpect(model().attribute("canBook", false))
                .andExpect(PageSlice.shows("Plan v1 proposed, not accepted yet"))
                .andExpect(content().string(not(containsString("data-testid=\"book-a-time\""))));
    }

    @Nested
    class Refused {

        @Test
        void aClientIsRefused() throws Exception {
            when(summaries.of(any(), any())).thenThrow(new ForbiddenException("Only staff"));
            mvc.perform(get("/clients/" + MORGAN_ID + "/quick").with(SignedIn.client()))
                    .andExpect(status().isForbidden())
                    .andExpect(view().name("error/403"));
        }

        @Test
        void anUnknownClientIsNotFound() throws Exception {
            when(summaries.of(any(), any())).thenThrow(new NotFoundException("Client"));
            mvc.perform(get("/clients/" + MORGAN_ID + "/quick").with(SignedIn.frontDesk()))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/clients/not-an-id/quick").with(SignedIn.frontDesk())).andExpect(status().isNotFound());
        }

        @Test
        void anonymousVisitorsSignInFirst() throws Exception {
            mvc.perform(get("/clients/" + MORGAN_ID + "/quick"))
                    .andExpect(status().is3xxRedirection());
        }
    }
}
