package org.reliefdesk.outcomes.internal;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The practice report page and its CSV download, for administrators. */
@Controller
class ReportPages {

    private final PracticeReports reports;

    ReportPages(PracticeReports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports/practice")
    String page(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        model.addAttribute("report", reports.report(user));
        return "outcomes/report";
    }

    @GetMapping("/reports/practice.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal ReliefDeskUser user) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"practice-outcomes.csv\"")
                .body(reports.csv(user));
    }
}
