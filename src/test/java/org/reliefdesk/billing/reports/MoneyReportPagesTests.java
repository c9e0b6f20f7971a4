package org.reliefdesk.billing.reports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.InvoiceStatus;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The takings, revenue and balances pages: figures with labels and money in the reader's locale, charts, empty days. */
@PageSliceTest(controllers = MoneyReportPages.class)
class MoneyReportPagesTests {

    static final UUID CLIENT = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID TARA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final LocalDate DAY = PageSlice.TODAY;

    static Money m(String text) {
        return Money.parse(text).orElseThrow();
    }

    static final TakingsReport BUSY = new TakingsReport(DAY, "USD", List.of(
            new TakingsReport.MethodLine(PaymentMethod.CASH, 2, m("160.00")),
            new TakingsReport.MethodLine(PaymentMethod.CARD, 1, m("1110.00")),
            new TakingsReport.MethodLine(PaymentMethod.GIFT_CARD, 1, m("50.00")),
            new TakingsReport.MethodLine(PaymentMethod.OTHER, 0, Money.ZERO)), m("1320.00"),
            List.of(new TakingsReport.InvoiceLine(UUID.randomUUID(), "2026-000007", m("40.00"), CLIENT, "Cy Client",
                    InvoiceStatus.UNPAID, m("40.00"), FeeReason.NO_SHOW_FEE)), m("40.00"),
            List.of(new TakingsReport.CreditNoteLine(UUID.randomUUID(), "CN-2026-000002", UUID.randomUUID(),
                    "2026-000003", m("30.00"), "Goodwill")), m("30.00"),
            new TakingsReport.PackageSessions(3, m("285.00")));

    static final TakingsReport QUIET = new TakingsReport(DAY, "USD", List.of(
            new TakingsReport.MethodLine(PaymentMethod.CASH, 0, Money.ZERO),
            new TakingsReport.MethodLine(PaymentMethod.CARD, 0, Money.ZERO),
            new TakingsReport.MethodLine(PaymentMethod.GIFT_CARD, 0, Money.ZERO),
            new TakingsReport.MethodLine(PaymentMethod.OTHER, 0, Money.ZERO)), Money.ZERO, List.of(), Money.ZERO,
            List.of(), Money.ZERO, new TakingsReport.PackageSessions(0, Money.ZERO));

    static final RevenueReport MARCH = new RevenueReport(LocalDate.of(2026, 3, 1), DAY, "USD", m("660.00"), 5,
            List.of(new RevenueReport.ServiceLine("MEDICAL_MASSAGE_60", "Medical Massage, 60 minutes", 4, m("620.00")),
                    new RevenueReport.ServiceLine(null, null, 1, m("40.00"))),
            List.of(new RevenueReport.TherapistLine(TARA, "Tara Therapist", 3, m("260.00")),
                    new RevenueReport.TherapistLine(null, null, 2, m("400.00"))));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    MoneyReports reports;

    @BeforeEach
    void today() {
        when(reports.today()).thenReturn(DAY);
    }

    @Test
    void takingsShowLabelsMoneyTheChartWithItsTableTheInvoicesAndCreditNotes() throws Exception {
        when(reports.takings(eq(SignedIn.FRONT_DESK), eq(null), any())).thenReturn(BUSY);
        mvc.perform(get("/reports/takings").with(SignedIn.frontDesk()))
                .andExpect(status().isOk())
                .andExpect(view().name("billing/reports/takings"))
                .andExpect(PageSlice.noFieldErrors())
                .andExpect(PageSlice.shows("The day's takings"))
                .andExpect(PageSlice.rendered("<strong>\\$1,320.00</strong><span>taken</span>"))
                .andExpect(PageSlice.rendered("<th scope=\"row\">Gift card</th><td>1</td><td class=\"num\">\\$50.00</td>"))
                .andExpect(PageSlice.rendered("<th scope=\"row\">Card</th><td>1</td><td class=\"num\">\\$1,110.00</td>"))
                .andExpect(content().string(not(containsString("GIFT_CARD</th>"))))
                .andExpect(content().string(containsString("id=\"chart-methods\"")))
                .andExpect(content().string(containsString("\"labels\":[\"Cash\",\"Card\",\"Gift card\",\"Other\"]")))
                .andExpect(content().string(containsString("\"values\":[\"160.00\",\"1110.00\",\"50.00\",\"0.00\"]")))
                .andExpect(PageSlice.shows("3 used on this day, worth $285.00"))
                .andExpect(PageSlice.rendered("<th scope=\"row\">2026-000007</th>"))
                .andExpect(PageSlice.shows("Cy Client"))
                .andExpect(PageSlice.shows("no-show fee"))
                .andExpect(PageSlice.rendered("<td>Unpaid</td>"))
                .andExpect(PageSlice.rendered("<th scope=\"row\">CN-2026-000002</th><td>2026-000003</td>"))
                .andExpect(PageSlice.shows("Tuesday, March 10, 2026"))
                .andExpect(content().string(containsString("/reports/takings.csv?date=2026-03-10")));
    }

    @Test
    void anEmptyDaySaysSoWithoutAChart() throws Exception {
        when(reports.takings(any(), any(), any())).thenReturn(QUIET);
        mvc.perform(get("/reports/takings").with(SignedIn.admin()))
                .andExpect(status().isOk())
                .andExpect(PageSlice.shows("No payments were taken on this day."))
                .andExpect(PageSlice.shows("No invoices were issued on this day."))
                .andExpect(PageSlice.rendered("<th scope=\"row\">Cash</th><td>0</td><td class=\"num\">\\$0.00</td>"))
                .andExpect(content().string(not(containsString("<canvas"))))
                .andExpect(content().string(not(containsString("chart.umd.js"))))
                .andExpect(content().string(not(containsString("credit-notes"))));
    }

    @Test
    void takingsSpeakSpanishWithMoneyAndDatesInTheReadersLocale() throws Exception {
        when(reports.takings(any(), any(), any())).thenReturn(BUSY);
        mvc.perform(get("/reports/takings").with(SignedIn.as(SignedIn.speaking(Role.FRONT_DESK, "es"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Caja del día</h1>")))
                .andExpect(content().string(containsString("<th scope=\"row\">Tarjeta regalo</th>")))
                .andExpect(PageSlice.rendered("<strong>1\\.320,00.US\\$</strong>"))
                .andExpect(content().string(containsString("martes, 10 de marzo de 2026")));
    }

    @Test
    void revenueChartsByServiceAndTherapistWithNamedLinesForNone() throws Exception {
        when(reports.revenue(eq(SignedIn.ADMIN), eq("2026-03-01"), eq("2026-03-10"), any())).thenReturn(MARCH);
        mvc.perform(get("/reports/revenue").with(SignedIn.admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("billing/reports/revenue"))
                .andExpect(model().attribute("report", MARCH))
                .andExpect(PageSlice.rendered("<strong>\\$660.00</strong><span>revenue</span>"))
                .andExpect(PageSlice.rendered("<th scope=\"row\" translate=\"no\">Medical Massage, 60 minutes</th>\\s*<td>4</td><td class=\"num\">\\$620.00</td>"))
                .andExpect(PageSlice.rendered("<th scope=\"row\">No service \\(fees and other charges\\)</th>"))
                .andExpect(PageSlice.rendered("<th scope=\"row\">No therapist \\(package sales and other sales\\)</th>\\s*<td>2</td>"))
                .andExpect(content().string(containsString("id=\"chart-services\"")))
                .andExpect(content().string(containsString("id=\"chart-therapists\"")))
                .andExpect(content().string(containsString("\"labels\":[\"Tara Therapist\",\"No therapist (package sales and other sales)\"]")))
                .andExpect(content().string(containsString("/reports/revenue.csv?from=2026-03-01&amp;to=2026-03-10")));
    }

    @Test
    void balancesListWhoOwesWithPages() throws Exception {
        BalancesReport page = new BalancesReport(List.of(new BalancesReport.Line(CLIENT, "Di Client", m("250.00"), 1,
                LocalDate.of(2026, 3, 6))), 1, 50, 51, m("1290.00"), "USD");
        when(reports.balances(eq(SignedIn.FRONT_DESK), eq(PageParams.of(1, 50)), any())).thenReturn(page);
        mvc.perform(get("/reports/balances").param("page", "1").with(SignedIn.frontDesk()))
                .andExpect(status().isOk())
                .andExpect(view().name("billing/reports/balances"))
                .andExpect(PageSlice.rendered("<a href=\"/clients/" + CLIENT + "\" translate=\"no\">Di Client</a></th>\\s*<td class=\"num\">\\$250.00</td><td>1</td>\\s*<td>Mar 6, 2026</td>"))
                .andExpect(PageSlice.rendered("<strong>\\$1,290.00</strong>"))
                .andExpect(PageSlice.shows("Page 2 of 2"))
                .andExpect(content().string(containsString("/reports/balances?page=0")))
                .andExpect(content().string(not(containsString("/reports/balances?page=2"))));
    }

    @Test
    void nobodyOwingIsSaid() throws Exception {
        when(reports.balances(any(), any(), any())).thenReturn(new BalancesReport(List.of(), 0, 50, 0, Money.ZERO,
                "USD"));
        mvc.perform(get("/reports/balances").with(SignedIn.admin()))
                .andExpect(status().isOk())
                .andExpect(PageSlice.shows("Nobody owes anything."))
                .andExpect(content().string(not(containsString("data-testid=\"balances\""))));
    }

    @Test
    void theCsvIsADownload() throws Exception {
        when(reports.takings(eq(SignedIn.ADMIN), eq("2026-03-10"), any())).thenReturn(BUSY);
        mvc.perform(get("/reports/takings.csv").param("date", "2026-03-10").with(SignedIn.admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("takings-2026-03-10.csv")))
                .andExpect(content().string(containsString("METHOD,CARD,,,,,1,1110.00")));
    }

    @Nested
    class BadInput {

        @Test
        void aBadDateShowsBesideItsFieldAndNoFigures() throws Exception {
            when(reports.takings(any(), eq("soon"), any())).thenThrow(new RuleViolationException("bad",
                    List.of(new FieldError("date", "must be a date (YYYY-MM-DD)"))));
            mvc.perform(get("/reports/takings").param("date", "soon").with(SignedIn.frontDesk()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeDoesNotExist("report"))
                    .andExpect(PageSlice.fieldError("date", "This must be a date (YYYY-MM-DD)."))
                    .andExpect(content().string(containsString("value=\"soon\"")));
        }

        @Test
        void aBackwardRangeShowsBesideTo() throws Exception {
            when(reports.revenue(any(), any(), any(), any())).thenThrow(new RuleViolationException("bad",
                    List.of(new FieldError("to", "must be on or after from"))));
            mvc.perform(get("/reports/revenue").param("from", "2026-03-10").param("to", "2026-03-01")
                            .with(SignedIn.admin()))
                    .andExpect(status().isOk())
                    .andExpect(PageSlice.fieldError("to", "This must be on or after from."));
        }

        @Test
        void revenueIsForAdministratorsOnlyAndTakingsNotForClientsOrTherapists() throws Exception {
            for (var who : List.of(SignedIn.frontDesk(), SignedIn.therapist(), SignedIn.client())) {
                mvc.perform(get("/reports/revenue").with(who)).andExpect(status().isForbidden());
            }
            for (var who : List.of(SignedIn.therapist(), SignedIn.client())) {
                mvc.perform(get("/reports/takings").with(who)).andExpect(status().isForbidden());
            }
        }
    }
}
