package org.reliefdesk.billing.superbills;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Diagnoses on file (from the physician's letter) and the superbill PDF (API.md "Money"). */
@RestController
@RequestMapping("/api/v1/clients/{id}")
@Tag(name = "Superbills")
class SuperbillsApi {

    private final Diagnoses diagnoses;
    private final Superbills superbills;
    private final SuperbillPdf pdf;

    SuperbillsApi(Diagnoses diagnoses, Superbills superbills, SuperbillPdf pdf) {
        this.diagnoses = diagnoses;
        this.superbills = superbills;
        this.pdf = pdf;
    }

    @PostMapping("/diagnoses")
    @ResponseStatus(HttpStatus.CREATED)
    Diagnosis add(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody NewDiagnosis body) {
        return diagnoses.add(id, body, user);
    }

    @GetMapping("/diagnoses")
    Paged<Diagnosis> list(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return diagnoses.list(id, user, PageParams.of(page, size));
    }

    @GetMapping("/superbill.pdf")
    @ApiResponse(responseCode = "200", description = "The superbill (PDF)",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> superbill(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Superbill bill = superbills.of(id, from, to, user);
        return SuperbillPdf.response(pdf.render(bill, LocaleContextHolder.getLocale()), bill);
    }
}
