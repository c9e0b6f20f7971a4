package org.reliefdesk.outcomes.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The practice report for administrators, as JSON and as de-identified CSV. */
@RestController
@Tag(name = "Outcomes")
class ReportsApi {

    private final PracticeReports reports;

    ReportsApi(PracticeReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/practice")
    PracticeReports.Report practice(@AuthenticationPrincipal ReliefDeskUser user) {
        return reports.report(user);
    }

    @GetMapping(value = "/api/v1/reports/practice.csv", produces = "text/csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal ReliefDeskUser user) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"practice-outcomes.csv\"")
                .body(reports.csv(user));
    }
}
