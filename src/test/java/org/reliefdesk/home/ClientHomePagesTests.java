package org.reliefdesk.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.home.Dashboard.Step;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.planning.PlanInForce;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The client's home as a dashboard: a new client starts with the intake; one with everything done does not. */
@PageSliceTest(controllers = ClientHomePages.class)
class ClientHomePagesTests {

    static final Client MORGAN = new Client(UUID.randomUUID(), SignedIn.CLIENT.id(), "Morgan Lee", "m@slice.test",
            LocalDate.of(1988, 3, 14), null);
    static final Instant START = Instant.parse("2026-03-11T15:00:00Z");
    static final Booking NEXT = new Booking(UUID.randomUUID(), MORGAN.id(), "Morgan Lee", UUID.randomUUID(),
            "America/New_York", "MEDICAL_MASSAGE_60", UUID.randomUUID(), "Tara Therapist", UUID.randomUUID(), "Room 1",
            START, START.plusSeconds(3600), BookingStatus.BOOKED, "CLEARED", false, false, null, null, null, 1, null,
            null, null, false);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClientAccess access;

    @MockitoBean
    Dashboards dashboards;

    @BeforeEach
    void morgan() {
        when(access.self(any())).thenReturn(MORGAN);
    }

    @Test
    void aNewClientIsAskedFirstToStartTheirIntake() throws Exception {
        when(dashboards.of(MORGAN.id())).thenReturn(new Dashboard(null, List.of(Step.START_INTAKE, Step.LOG_TODAY),
                null, null, false, 0, null, null));
        mvc.perform(get("/home").with(SignedIn.client()))
                .andExpect(status().isOk())
                .andExpect(view().name("web/home-client"))
                .andExpect(content().string(containsString("No session booked.")))
                .andExpect(content().string(stringContainsInOrder("What to do next", "Start your intake",
                        "Log today in your diary")))
                .andExpect(content().string(containsString("none accepted yet")))
                .andExpect(content().string(containsString("shown after your first session")));
    }

    @Test
    void aClientWithEverythingDoneSeesTheirNextSessionPlanStreakAndOutcome() throws Exception {
        PlanInForce plan = new PlanInForce(UUID.randomUUID(), 2, "MEDICAL_MASSAGE_60", List.of(
                new PlanInForce.Block(1, 10, "WARM_UP", "NECK_BACK", "EFFLEURAGE", 2),
                new PlanInForce.Block(2, 50, "MAIN", "UPPER_BACK", "KNEADING", 3)));
        Outcome.Window before = new Outcome.Window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 28), 28, 28, 8, 20,
                6.0, 4, 20, false);
        Outcome.Window latest = new Outcome.Window(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 9), 28, 27, 3, 24,
                4.0, 1, 20, false);
        Outcome outcome = new Outcome(LocalDate.of(2026, 1, 29), Outcome.FIRST_SESSION, 28, before, latest, false,
                -62.5, true, false, null, Outcome.Midas.NONE, "caveat");
        when(dashboards.of(MORGAN.id())).thenReturn(new Dashboard(NEXT, List.of(), plan, "Medical massage, 60 min",
                true, 12, outcome, NEXT));
        mvc.perform(get("/home").with(SignedIn.client()))
                .andExpect(content().string(not(containsString("Start your intake"))))
                .andExpect(content().string(not(containsString("Continue your intake"))))
                .andExpect(content().string(containsString("Wednesday, March 11, 2026")))
                .andExpect(content().string(containsString("11:00 AM")))
                .andExpect(content().string(containsString("/sessions/" + NEXT.id() + "/move")))
                .andExpect(content().string(containsString("/sessions/" + NEXT.id() + "/cancel")))
                .andExpect(content().string(containsString("/sessions/" + NEXT.id() + "/calendar.ics")))
                .andExpect(content().string(containsString("You are all set for today.")))
                .andExpect(content().string(containsString("version 2, 2 steps")))
                .andExpect(content().string(containsString("12 days in a row")))
                .andExpect(content().string(containsString(
                        "headache days went from 8 in the 28 days before the course to 3 in the latest 28 days")));
    }

    @Test
    void readsInSpanish() throws Exception {
        when(dashboards.of(MORGAN.id())).thenReturn(new Dashboard(null, List.of(Step.REVIEW_PLAN, Step.LOG_TODAY),
                null, null, false, 1, null, null));
        mvc.perform(get("/home").with(SignedIn.as(SignedIn.speaking(org.reliefdesk.accounts.Role.CLIENT, "es"))))
                .andExpect(content().string(containsString("Revisar su plan de sesión")))
                .andExpect(content().string(containsString("1 día seguido")));
    }

    @Test
    void sendsStaffToTheirOwnHome() throws Exception {
        mvc.perform(get("/home").with(SignedIn.frontDesk())).andExpect(redirectedUrl("/"));
    }
}
