package org.reliefdesk.interop.report;

import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The report in the browser: the client's own from their outcomes page, a client's from the staff client page. */
@Controller
class ProgressReportPages {

    private final ProgressReports reports;
    private final ProgressReportPdf pdf;
    private final ClientAccess access;

    ProgressReportPages(ProgressReports reports, ProgressReportPdf pdf, ClientAccess access) {
        this.reports = reports;
        this.pdf = pdf;
        this.access = access;
    }

    @GetMapping("/outcomes/progress-report.pdf")
    ResponseEntity<byte[]> mine(@AuthenticationPrincipal ReliefDeskUser user) {
        return ProgressReportApi.download(reports.read(access.self(user).id(), user), pdf);
    }

    @GetMapping("/clients/{clientId}/progress-report.pdf")
    ResponseEntity<byte[]> client(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId) {
        return ProgressReportApi.download(reports.read(clientId, user), pdf);
    }
}
