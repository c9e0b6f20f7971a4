package org.reliefdesk.interop.export;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.interop.report.ReportFiles;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The record's export: {@code GET /api/v1/clients/{id}/export} (the client, ADMIN), and in the browser
 * {@code /profile/record.zip} (the client's own) and {@code /clients/{id}/record.zip} (an admin).
 */
@Controller
@Tag(name = "Interoperability")
class ExportApi {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private final RecordExport export;
    private final ClientAccess access;

    ExportApi(RecordExport export, ClientAccess access) {
        this.export = export;
        this.access = access;
    }

    @GetMapping(value = "/api/v1/clients/{clientId}/export", produces = "application/zip")
    @ResponseBody
    @Operation(summary = "The client's whole record as a zip: FHIR bundle, progress report, plans, letters, diary CSV")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId) {
        return zip(export.export(clientId, user, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/profile/record.zip")
    @ResponseBody
    ResponseEntity<byte[]> mine(@AuthenticationPrincipal ReliefDeskUser user) {
        return zip(export.export(access.self(user).id(), user, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/clients/{clientId}/record.zip")
    @ResponseBody
    ResponseEntity<byte[]> forAdmin(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId) {
        return zip(export.export(clientId, user, LocaleContextHolder.getLocale()));
    }

    private static ResponseEntity<byte[]> zip(RecordExport.Export export) {
        return ReportFiles.download(export.zip(), ZIP, export.filename());
    }
}
