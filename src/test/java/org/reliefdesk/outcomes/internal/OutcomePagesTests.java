package org.reliefdesk.outcomes.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
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
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.outcomes.MidasCheckIn;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.outcomes.Outcomes;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The outcome pages (the client's own, a client's for staff), the MIDAS check-in and the practice report. */
@PageSliceTest(controllers = {OutcomePages.class, MidasPages.class, ReportPages.class})
class OutcomePagesTests {

    static final UUID CLIENT_ID = UUID.fromString("66666666-6666-6666-6666-666666666666");
    static final Client SAM = new Client(CLIENT_ID, SignedIn.CLIENT.id(), "Sam Rivera", "sam@slice.test",
            LocalDate.of(1990, 1, 1), null);
    static final Outcome NO_COURSE_YET = new Outcome(null, Outcome.NONE, 28, null, null, true, null, null, false,
            null, Outcome.Midas.NONE, "A record, not proof.");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Outcomes outcomes;

    @MockitoBean
    OutcomeCharts charts;

    @MockitoBean
    MidasHistory midas;

    @MockitoBean
    ClientAccess access;

    @MockitoBean
    MidasCheckIns checkIns;

    @MockitoBean
    PracticeReports reports;

    @BeforeEach
    void samBeforeTheirFirstSession() {
        when(access.self(SignedIn.CLIENT)).thenReturn(SAM);
        when(outcomes.of(eq(CLIENT_ID), any(), any())).thenReturn(NO_COURSE_YET);
        when(charts.of(CLIENT_ID, NO_COURSE_YET)).thenReturn(new OutcomeCharts.ChartData(List.of(), List.of(), List.of()));
    }

    @Test
    void showsTheClientThatTheComparisonStartsAfterTheFirstSession() throws Exception {
        when(midas.checkInDue(CLIENT_ID)).thenReturn(true);
        mvc.perform(get("/outcomes").with(SignedIn.client()))
                .andExpect(status().isOk())
                .andExpect(view().name("outcomes/mine"))
                .andExpect(model().attribute("outcome", NO_COURSE_YET))
                .andExpect(model().attribute("midasDue", true))
                .andExpect(PageSlice.shows("The comparison starts after the first session you attend"))
                .andExpect(content().string(containsString("href=\"/outcomes/midas\"")));
    }

    @Test
    void comparesFromTheCourseStartAndBaselineTheTherapistChose() throws Exception {
        when(access.clinical(CLIENT_ID, SignedIn.THERAPIST, "READ_OUTCOMES", "OUTCOMES", null)).thenReturn(SAM);
        mvc.perform(get("/clients/" + CLIENT_ID + "/outcomes").param("courseStart", "2026-02-01")
                .param("baselineDays", "14").with(SignedIn.therapist()))
                .andExpect(view().name("outcomes/client"))
                .andExpect(model().attribute("courseStartParam", "2026-02-01"))
                .andExpect(content().string(containsString("Outcomes of <span translate=\"no\">Sam Rivera</span>")))
                .andExpect(content().string(containsString("value=\"14\"")));
        verify(outcomes).of(CLIENT_ID, 14, LocalDate.of(2026, 2, 1));
    }

    @Test
    void recordsAMidasCheckInAndShowsTheScore() throws Exception {
        MidasCheckIn saved = new MidasCheckIn(UUID.randomUUID(), CLIENT_ID, 1, 2, 3, 0, 1, 8, 6, 7, "II",
                Instant.parse("2026-03-10T09:00:00Z"));
        when(checkIns.record(eq(CLIENT_ID), any(), eq(SignedIn.CLIENT.id()))).thenReturn(saved);
        mvc.perform(post("/outcomes/midas").param("q1", "1").param("q2", "2").param("q3", "3").param("q4", "0")
                .param("q5", "1").param("a", "8").param("b", "6").with(SignedIn.client()).with(csrf()))
                .andExpect(redirectedUrl("/outcomes"))
                .andExpect(flash().attribute("midasSaved", saved));
        verify(checkIns).record(eq(CLIENT_ID), eq(Map.of("q1", 1, "q2", 2, "q3", 3, "q4", 0, "q5", 1, "a", 8, "b", 6)),
                eq(SignedIn.CLIENT.id()));
    }

    @Test
    void showsTheMidasQuestions() throws Exception {
        mvc.perform(get("/outcomes/midas").with(SignedIn.client()))
                .andExpect(view().name("outcomes/midas"))
                .andExpect(model().attribute("items", MidasAnswers.ALL))
                .andExpect(content().string(containsString("1. On how many days in the last 3 months did you miss work")));
    }

    @Test
    void showsThePracticeReportToAnAdministrator() throws Exception {
        when(reports.report(SignedIn.ADMIN)).thenReturn(new PracticeReports.Report(LocalDate.of(2026, 3, 10), 90,
                new PracticeFigures("ALL", 12, 10, 83.3, 6, 60.0, -42.5, 30, 1, 1), "A record, not proof."));
        mvc.perform(get("/reports/practice").with(SignedIn.admin()))
                .andExpect(view().name("outcomes/report"))
                .andExpect(content().string(containsString("<strong>12</strong>")))
                .andExpect(content().string(containsString("60.0 %")))
                .andExpect(content().string(containsString("As of March 10, 2026")))
                .andExpect(content().string(containsString("42.5 % fewer")));
    }

    @Test
    void downloadsTheDeidentifiedCsv() throws Exception {
        when(reports.csv(SignedIn.ADMIN)).thenReturn("group,clients\nALL,12\n");
        mvc.perform(get("/reports/practice.csv").with(SignedIn.admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"practice-outcomes.csv\""))
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(content().string("group,clients\nALL,12\n"));
    }

    /** Sam's course: 11 headache days in 28 before, 3 in the latest 28; one MIDAS score. */
    @Nested
    class InWords {

        static final LocalDate START = LocalDate.of(2026, 2, 1);
        static final Outcome FELL = new Outcome(START, Outcome.FIRST_SESSION, 28,
                new Outcome.Window(START.minusDays(28), START.minusDays(1), 28, 28, 11, 17, 6.2, 4, 20, false),
                new Outcome.Window(START.plusDays(10), START.plusDays(37), 28, 28, 3, 25, 4.0, 1, 20, false),
                false, -72.7, true, false, null, new Outcome.Midas(null, null, 14, "III", START, null), "yml");
        static final List<MidasHistory.Point> ONE_SCORE = List.of(new MidasHistory.Point(
                Instant.parse("2026-01-20T10:00:00Z"), LocalDate.of(2026, 1, 20), 14, MidasHistory.Point.INTAKE));

        @BeforeEach
        void samFell() {
            when(outcomes.of(eq(CLIENT_ID), any(), any())).thenReturn(FELL);
            when(charts.of(CLIENT_ID, FELL)).thenReturn(new OutcomeCharts.ChartData(List.of(), List.of(), ONE_SCORE));
            when(access.clinical(any(), any(), any(), any(), any())).thenReturn(SAM);
            when(access.self(any())).thenReturn(SAM);
        }

        @Test
        void tellsTheClientTheChangeInWordsAndTheCaveatOnceAboutTheirDiary() throws Exception {
            String page = mvc.perform(get("/outcomes").with(SignedIn.client()))
                    .andExpect(PageSlice.shows("Headache days fell from 11 to 3 per 28 logged days."))
                    .andExpect(PageSlice.shows("a record of your diary"))
                    .andExpect(PageSlice.shows("Only one MIDAS score so far (14 on Jan 20, 2026)"))
                    .andExpect(PageSlice.shows("Course start February 1, 2026"))
                    .andExpect(content().string(not(containsString("id=\"chart-midas\""))))
                    .andExpect(content().string(not(containsString("compared with before"))))
                    .andReturn().getResponse().getContentAsString();
            org.assertj.core.api.Assertions.assertThat(page.split("data-testid=\"caveat\"", -1)).hasSize(2);
        }

        @Test
        void tellsStaffAboutTheClientsDiaryNotTheirOwn() throws Exception {
            String page = mvc.perform(get("/clients/" + CLIENT_ID + "/outcomes").with(SignedIn.therapist()))
                    .andExpect(PageSlice.shows("a record of the client's diary"))
                    .andExpect(content().string(not(containsString("your diary"))))
                    .andReturn().getResponse().getContentAsString();
            org.assertj.core.api.Assertions.assertThat(page.split("data-testid=\"caveat\"", -1)).hasSize(2);
        }

        @Test
        void speaksSpanishWithSpanishNumbersAndDates() throws Exception {
            mvc.perform(get("/outcomes").with(SignedIn.as(SignedIn.speaking(org.reliefdesk.accounts.Role.CLIENT, "es"))))
                    .andExpect(content().string(containsString(
                            "Los días con dolor de cabeza bajaron de 11 a 3 por cada 28 días registrados.")))
                    .andExpect(content().string(containsString("Inicio del tratamiento: 1 de febrero de 2026")))
                    .andExpect(content().string(containsString("<td>6,2</td>")));
        }
    }

    @Nested
    class BadInput {

        @Test
        void showsEachMissingOrWrongMidasAnswerBesideIt() throws Exception {
            mvc.perform(post("/outcomes/midas").param("q1", "one").param("q2", "2").param("q3", "").param("q4", "0")
                    .param("q5", "1").param("a", "8").param("b", "6").with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("outcomes/midas"))
                    .andExpect(model().attribute("errors", hasEntry("q1", "This must be a whole number.")))
                    .andExpect(PageSlice.fieldError("q1", "This must be a whole number."))
                    .andExpect(PageSlice.fieldError("q3", "This is required."))
                    .andExpect(content().string(containsString("value=\"one\"")));
            verify(checkIns, never()).record(any(), any(), any());
        }

        @Test
        void showsAnUnreadableCourseStartBesideItAndTheDefaultComparison() throws Exception {
            when(access.clinical(any(), any(), any(), any(), any())).thenReturn(SAM);
            mvc.perform(get("/clients/" + CLIENT_ID + "/outcomes").param("courseStart", "last spring")
                    .with(SignedIn.therapist()))
                    .andExpect(status().isOk())
                    .andExpect(PageSlice.fieldError("courseStart", "This must be a date (YYYY-MM-DD)."));
            verify(outcomes).of(CLIENT_ID, null, null);
        }

        @Test
        void showsAFractionalBaselineBesideIt() throws Exception {
            when(access.clinical(any(), any(), any(), any(), any())).thenReturn(SAM);
            mvc.perform(get("/clients/" + CLIENT_ID + "/outcomes").param("baselineDays", "1.5")
                    .with(SignedIn.therapist()))
                    .andExpect(PageSlice.fieldError("baselineDays", "This must be a whole number of days."));
        }
    }

    @Nested
    class NotForOthers {

        @Test
        void refusesFrontDeskAClientsOutcomes() throws Exception {
            when(access.clinical(any(), eq(SignedIn.FRONT_DESK), any(), any(), any()))
                    .thenThrow(new ForbiddenException("No clinical detail for front desk"));
            mvc.perform(get("/clients/" + CLIENT_ID + "/outcomes").with(SignedIn.frontDesk()))
                    .andExpect(status().isForbidden());
        }

        @Test
        void refusesTheReportToAllButAdministrators() throws Exception {
            when(reports.report(SignedIn.THERAPIST)).thenThrow(new ForbiddenException("Administrators only"));
            mvc.perform(get("/reports/practice").with(SignedIn.therapist()))
                    .andExpect(status().isForbidden())
                    .andExpect(view().name("error/403"))
                    .andExpect(content().string(not(containsString("<strong>12</strong>"))));
        }

        @Test
        void sendsAnonymousVisitorsToSignIn() throws Exception {
            mvc.perform(get("/outcomes")).andExpect(redirectedUrl("/login"));
            mvc.perform(get("/reports/practice.csv")).andExpect(redirectedUrl("/login"));
        }
    }
}
