package org.reliefdesk.scheduling.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operations report page (a range and a location; figures, a chart and a table) and its CSV download. */
@Controller
class OperationsPages {

    /** Without dates the page shows the last four weeks, today included. */
    static final int DEFAULT_DAYS = 28;
    private final OperationsReports reports;
    private final Locations locations;
    private final Clock clock;

    OperationsPages(OperationsReports reports, Locations locations, Clock clock) {
        this.reports = reports;
        this.locations = locations;
        this.clock = clock;
    }

    @GetMapping("/reports/operations")
    String page(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String locationId, Model model) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator may see the operations report");
        }
        if (from == null && to == null) {
            LocalDate today = LocalDate.now(clock.withZone(zone(locationId)));
            from = today.minusDays(DEFAULT_DAYS - 1).toString();
            to = today.toString();
        }
        model.addAttribute("locations", locations.all()).addAttribute("from", from).addAttribute("to", to)
                .addAttribute("locationId", locationId);
        try {
            OperationsReport report = reports.report(user, from, to, locationId, new FieldErrors());
            model.addAttribute("report", report).addAttribute("errors", Map.of())
                    .addAttribute("locationId", report.locationId().toString());
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
        }
        return "scheduling/operations";
    }

    @GetMapping("/reports/operations.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String locationId) {
        return OperationsApi.csv(reports.report(user, from, to, locationId, new FieldErrors()));
    }

    /** The named location's zone, else the first location's, else the clock's. */
    private java.time.ZoneId zone(String locationId) {
        UUID id = Ids.parse(locationId);
        return (id == null ? locations.first() : locations.find(id)).map(Location::zone).orElse(clock.getZone());
    }
}
