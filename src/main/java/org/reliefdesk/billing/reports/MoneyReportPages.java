package org.reliefdesk.billing.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.Money;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The money reports' pages: the day's takings (the front desk closes the day with it), revenue over a range (ADMIN)
 * and the clients who owe; each with a chart and its table, and its CSV download.
 */
@Controller
class MoneyReportPages {

    private final MoneyReports reports;
    private final MessageSource messages;

    MoneyReportPages(MoneyReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/reports/takings")
    String takings(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String date,
            Model model, Locale locale) {
        if (!MoneyReports.mayClose(user)) {
            throw new ForbiddenException("Only the front desk or an administrator may see the day's takings");
        }
        model.addAttribute("date", date == null ? reports.today().toString() : date).addAttribute("errors", Map.of());
        try {
            TakingsReport report = reports.takings(user, date, new FieldErrors());
            List<String> labels = report.byMethod().stream()
                    .map(m -> messages.getMessage("reports.method." + m.method(), null, locale)).toList();
            model.addAttribute("report", report).addAttribute("date", report.date().toString())
                    .addAttribute("chartJson", ChartJson.of(List.of(new ChartJson.Chart("chart-methods",
                            messages.getMessage("reports.amount", null, locale), labels, amounts(report.byMethod()
                                    .stream().map(TakingsReport.MethodLine::amount).toList())))));
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
        }
        return "billing/reports/takings";
    }

    @GetMapping("/reports/takings.csv")
    ResponseEntity<String> takingsCsv(@AuthenticationPrincipal ReliefDeskUser user,
            @RequestParam(required = false) String date) {
        TakingsReport report = reports.takings(user, date, new FieldErrors());
        return MoneyReportsCsv.download(MoneyReportsCsv.takings(report), "takings-" + report.date());
    }

    /** Without dates: the month so far. */
    @GetMapping("/reports/revenue")
    String revenue(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, Locale locale) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator may see the revenue report");
        }
        if (from == null && to == null) {
            LocalDate today = reports.today();
            from = today.withDayOfMonth(1).toString();
            to = today.toString();
        }
        model.addAttribute("from", from).addAttribute("to", to).addAttribute("errors", Map.of());
        try {
            RevenueReport report = reports.revenue(user, from, to, new FieldErrors());
            String amount = messages.getMessage("reports.amount", null, locale);
            String noService = messages.getMessage("reports.noService", null, locale);
            String noTherapist = messages.getMessage("reports.noTherapist", null, locale);
            model.addAttribute("report", report).addAttribute("chartJson", ChartJson.of(List.of(
                    new ChartJson.Chart("chart-services", amount, report.byService().stream()
                            .map(s -> s.serviceCode() == null ? noService : s.name()).toList(),
                            amounts(report.byService().stream().map(RevenueReport.ServiceLine::amount).toList())),
                    new ChartJson.Chart("chart-therapists", amount, report.byTherapist().stream()
                            .map(t -> t.therapistId() == null ? noTherapist : t.name()).toList(),
                            amounts(report.byTherapist().stream().map(RevenueReport.TherapistLine::amount).toList())))));
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
        }
        return "billing/reports/revenue";
    }

    @GetMapping("/reports/revenue.csv")
    ResponseEntity<String> revenueCsv(@AuthenticationPrincipal ReliefDeskUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        RevenueReport report = reports.revenue(user, from, to, new FieldErrors());
        return MoneyReportsCsv.download(MoneyReportsCsv.revenue(report),
                "revenue-" + report.from() + "-to-" + report.to());
    }

    @GetMapping("/reports/balances")
    String balances(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("report", reports.balances(user, PageParams.of(page, PageParams.DEFAULT_SIZE),
                new FieldErrors()));
        return "billing/reports/balances";
    }

    @GetMapping("/reports/balances.csv")
    ResponseEntity<String> balancesCsv(@AuthenticationPrincipal ReliefDeskUser user) {
        return MoneyReportsCsv.download(MoneyReportsCsv.balances(reports.balances(user, null, new FieldErrors())),
                "balances-" + reports.today());
    }

    private static List<String> amounts(List<Money> amounts) {
        return amounts.stream().map(Money::text).toList();
    }
}
