package org.reliefdesk.scheduling.reports;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.shared.FieldErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reports/operations}: JSON, or CSV with {@code ?format=csv} or {@code Accept: text/csv}. */
@RestController
@Tag(name = "Scheduling")
class OperationsApi {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private final OperationsReports reports;

    OperationsApi(OperationsReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/operations")
    @Operation(summary = "Utilisation and visit figures of a location for local days from-to (ADMIN)")
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = "application/json", schema = @Schema(implementation = OperationsReport.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    ResponseEntity<?> report(@AuthenticationPrincipal ReliefDeskUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String locationId, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        FieldErrors errors = new FieldErrors();
        if (format != null && !format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("json")) {
            errors.add("format", "must be csv or json");
        }
        OperationsReport report = reports.report(user, from, to, locationId, errors);
        boolean csv = format == null ? accept != null && accept.contains("text/csv") : format.equalsIgnoreCase("csv");
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        return csv(report);
    }

    static ResponseEntity<String> csv(OperationsReport report) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + OperationsCsv.fileName(report) + "\"")
                .body(OperationsCsv.of(report));
    }
}
