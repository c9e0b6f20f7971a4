package org.reliefdesk.billing.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.PageParams;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/takings}, {@code /revenue} and {@code /balances}: JSON, or CSV with {@code ?format=csv}
 * or {@code Accept: text/csv} (the balances CSV lists every client who owes, unpaged).
 */
@RestController
@Tag(name = "Billing")
class MoneyReportsApi {

    private final MoneyReports reports;

    MoneyReportsApi(MoneyReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/takings")
    @Operation(summary = "Payments taken on a day by method (package sessions apart) and the invoices issued that day"
            + " (ADMIN, FRONT_DESK); date defaults to today in the practice's zone")
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = "application/json", schema = @Schema(implementation = TakingsReport.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    ResponseEntity<?> takings(@AuthenticationPrincipal ReliefDeskUser user,
            @RequestParam(required = false) String date, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        FieldErrors errors = formatErrors(format);
        TakingsReport report = reports.takings(user, date, errors);
        return csv(format, accept) ? MoneyReportsCsv.download(MoneyReportsCsv.takings(report),
                "takings-" + report.date()) : json(report);
    }

    @GetMapping("/api/v1/reports/revenue")
    @Operation(summary = "Revenue of the invoices issued on local days from-to (at most 366) less their credit notes,"
            + " by service and by therapist (ADMIN)")
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = "application/json", schema = @Schema(implementation = RevenueReport.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    ResponseEntity<?> revenue(@AuthenticationPrincipal ReliefDeskUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        FieldErrors errors = formatErrors(format);
        RevenueReport report = reports.revenue(user, from, to, errors);
        return csv(format, accept) ? MoneyReportsCsv.download(MoneyReportsCsv.revenue(report),
                "revenue-" + report.from() + "-to-" + report.to()) : json(report);
    }

    @GetMapping("/api/v1/reports/balances")
    @Operation(summary = "Clients who owe, largest balance first (ADMIN, FRONT_DESK); paged")
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = "application/json", schema = @Schema(implementation = BalancesReport.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    ResponseEntity<?> balances(@AuthenticationPrincipal ReliefDeskUser user,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        FieldErrors errors = formatErrors(format);
        boolean csv = csv(format, accept);
        BalancesReport report = reports.balances(user, csv ? null : PageParams.of(page, size), errors);
        return csv ? MoneyReportsCsv.download(MoneyReportsCsv.balances(report), "balances-" + reports.today())
                : json(report);
    }

    private static FieldErrors formatErrors(String format) {
        FieldErrors errors = new FieldErrors();
        if (format != null && !format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("json")) {
            errors.add("format", "must be csv or json");
        }
        return errors;
    }

    private static boolean csv(String format, String accept) {
        return format == null ? accept != null && accept.contains("text/csv") : format.equalsIgnoreCase("csv");
    }

    private static ResponseEntity<Object> json(Object report) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }
}
