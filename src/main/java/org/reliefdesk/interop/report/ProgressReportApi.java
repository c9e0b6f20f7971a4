package org.reliefdesk.interop.report;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/clients/{id}/progress-report.pdf}: the client, therapists and admins; front desk 403. */
@RestController
@Tag(name = "Interoperability")
class ProgressReportApi {

    private final ProgressReports reports;
    private final ProgressReportPdf pdf;

    ProgressReportApi(ProgressReports reports, ProgressReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping(value = "/api/v1/clients/{clientId}/progress-report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The progress report for the client's physician (PDF); staff reads audited")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId) {
        return download(reports.read(clientId, user), pdf);
    }

    static ResponseEntity<byte[]> download(ProgressReport report, ProgressReportPdf pdf) {
        return ReportFiles.download(pdf.render(report, LocaleContextHolder.getLocale()), MediaType.APPLICATION_PDF,
                ReportFiles.name("progress-report", report.client().fullName(), report.preparedOn(), "pdf"));
    }
}
