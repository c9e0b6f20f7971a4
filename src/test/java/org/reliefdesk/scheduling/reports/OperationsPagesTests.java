package org.reliefdesk.scheduling.reports;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.scheduling.PageSliceFixtures;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.reports.OperationsReport.RoomLine;
import org.reliefdesk.scheduling.reports.OperationsReport.TherapistLine;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The operations report page: the form, the figures, the chart with its table, the CSV link and bad input. */
@PageSliceTest(controllers = OperationsPages.class)
class OperationsPagesTests {

    static final UUID TARA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID ROOM = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    static final OperationsReport MARCH = new OperationsReport(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10),
            PageSliceFixtures.LOCATION_ID, List.of(new TherapistLine(TARA, "Tara Therapist", 4800, 1200, 0.25)),
            List.of(new RoomLine(ROOM, "Room 1", 1200, 0.2)), 24, 17, 3, 1, 2, 0.095, 5, 0.667);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    OperationsReports reports;
    @MockitoBean
    Locations locations;

    @BeforeEach
    void practice() {
        when(locations.all()).thenReturn(List.of(PageSliceFixtures.HARBOUR));
        when(locations.first()).thenReturn(Optional.of(PageSliceFixtures.HARBOUR));
    }

    @Test
    void withoutDatesShowsTheLastFourWeeksFiguresChartTableAndCsvLink() throws Exception {
        when(reports.report(eq(SignedIn.ADMIN), eq("2026-02-11"), eq("2026-03-10"), eq(null), any())).thenReturn(MARCH);
        mvc.perform(get("/reports/operations").with(SignedIn.admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("scheduling/operations"))
                .andExpect(model().attribute("report", MARCH))
                .andExpect(PageSlice.noFieldErrors())
                .andExpect(PageSlice.shows("Operations report"))
                .andExpect(PageSlice.rendered("<strong>24</strong><span>bookings</span>"))
                .andExpect(PageSlice.shows("cancelled, 1 of them late"))
                .andExpect(PageSlice.rendered("class=\"ops-bar-fill\" style=\"width:25.0%\""))
                .andExpect(PageSlice.rendered("<th scope=\"row\" translate=\"no\">Tara Therapist</th><td>4,800</td>\\s*<td>1,200</td>"))
                .andExpect(PageSlice.rendered("<th scope=\"row\" translate=\"no\">Room 1</th><td>1,200</td>"))
                .andExpect(content().string(containsString("/reports/operations.csv?from=2026-03-01&amp;to=2026-03-10"
                        + "&amp;locationId=" + PageSliceFixtures.LOCATION_ID)));
    }

    @Test
    void speaksSpanish() throws Exception {
        when(reports.report(any(), any(), any(), any(), any())).thenReturn(MARCH);
        mvc.perform(get("/reports/operations").with(SignedIn.as(SignedIn.speaking(org.reliefdesk.accounts.Role.ADMIN,
                        "es"))))
                .andExpect(status().isOk())
                .andExpect(PageSlice.shows("Informe de operaciones"))
                .andExpect(content().string(containsString("Ocupación por terapeuta")));
    }

    @Test
    void theCsvIsADownload() throws Exception {
        when(reports.report(eq(SignedIn.ADMIN), eq("2026-03-01"), eq("2026-03-10"), eq(null), any())).thenReturn(MARCH);
        mvc.perform(get("/reports/operations.csv").param("from", "2026-03-01").param("to", "2026-03-10")
                        .with(SignedIn.admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition",
                        containsString("operations-2026-03-01-to-2026-03-10.csv")))
                .andExpect(content().string(containsString("therapistId,roomId,name,workingMinutes")));
    }

    @Nested
    class BadInput {

        @Test
        void errorsShowBesideTheirFieldsAndNoFigures() throws Exception {
            when(reports.report(any(), any(), any(), any(), any())).thenThrow(new RuleViolationException("bad",
                    List.of(new FieldError("from", "must be a date (YYYY-MM-DD)"),
                            new FieldError("locationId", "is not a known location"))));
            mvc.perform(get("/reports/operations").param("from", "soon").param("to", "2026-03-10")
                            .param("locationId", "x").with(SignedIn.admin()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeDoesNotExist("report"))
                    .andExpect(PageSlice.fieldError("from", "This must be a date (YYYY-MM-DD)."))
                    .andExpect(PageSlice.fieldError("locationId", "This is not a known location."))
                    .andExpect(content().string(containsString("value=\"soon\"")));
        }

        @Test
        void othersThanAdministratorsAreRefused() throws Exception {
            for (var who : List.of(SignedIn.frontDesk(), SignedIn.therapist(), SignedIn.client())) {
                mvc.perform(get("/reports/operations").with(who)).andExpect(status().isForbidden());
            }
        }
    }
}
