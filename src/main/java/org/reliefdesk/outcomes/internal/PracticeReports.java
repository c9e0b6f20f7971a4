package org.reliefdesk.outcomes.internal;

import java.time.LocalDate;
import java.util.List;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.outcomes.internal.PracticeReport.ClientResult;
import org.reliefdesk.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/** Who may see the practice report (administrators) and its two forms: figures and de-identified CSV. */
@Component
class PracticeReports {

    private final PracticeReport report;
    private final Clients clients;

    PracticeReports(PracticeReport report, Clients clients) {
        this.report = report;
        this.clients = clients;
    }

    Report report(ReliefDeskUser user) {
        requireAdmin(user);
        PracticeFigures figures = PracticeFigures.of("ALL", report.results());
        return new Report(report.today(), PracticeReport.PERIOD_DAYS, figures, report.caveat());
    }

    String csv(ReliefDeskUser user) {
        requireAdmin(user);
        List<ClientResult> results = report.results();
        return DeidentifiedCsv.of(results, clients.datesOfBirth(results.stream().map(ClientResult::clientId).toList()),
                report.today());
    }

    private static void requireAdmin(ReliefDeskUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator sees the practice report");
        }
    }

    /** The report: as of a date, over the last {@code periodDays}, with the caveat beside the figures. */
    record Report(LocalDate asOf, int periodDays, PracticeFigures practice, String caveat) {
    }
}
