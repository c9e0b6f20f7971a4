package org.reliefdesk.intake.internal;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The form definition, drafts and submitted intakes. Submitting lives in the screening module
 * ({@code POST /clients/{id}/intake}), which screens in the same transaction.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Intake and screening")
class IntakeApi {

    private final Intakes intakes;
    private final ClientAccess access;

    IntakeApi(Intakes intakes, ClientAccess access) {
        this.intakes = intakes;
        this.access = access;
    }

    /**
     * The form in the reader's language (preferredLanguage, else Accept-Language, else English): labels, help
     * texts and option labels translated; codes, types and rules never change; MIDAS items stay English.
     */
    @GetMapping("/intake/form")
    ResponseEntity<IntakeForm> form(Locale locale) {
        IntakeForm form = intakes.form(locale);
        String language = form == intakes.form() ? "en" : locale.getLanguage();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).body(form);
    }

    @PutMapping("/clients/{id}/intake/draft")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(ref = IntakeSchemas.DRAFT)))
    @ApiResponse(responseCode = "200", description = "The draft as saved",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = IntakeSchemas.DRAFT)))
    JsonNode saveDraft(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody(required = false) JsonNode body) {
        access.clinical(id, user, "SAVE_INTAKE_DRAFT", "INTAKE_DRAFT", id);
        return intakes.saveDraft(id, body, user.id());
    }

    @GetMapping("/clients/{id}/intake/draft")
    @ApiResponse(responseCode = "200", description = "The draft, each answer as typed",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = IntakeSchemas.DRAFT)))
    JsonNode draft(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        access.clinical(id, user, "READ_INTAKE_DRAFT", "INTAKE_DRAFT", id);
        return intakes.draft(id);
    }

    @GetMapping("/clients/{id}/intakes")
    Paged<Summary> list(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        access.clinical(id, user, "READ_INTAKES", "INTAKE", null);
        return intakes.list(id, PageParams.of(page, size)).map(Summary::of);
    }

    @GetMapping("/clients/{id}/intakes/{version}")
    Detail get(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, @PathVariable int version) {
        access.clinicalCheck(id, user);
        SubmittedIntake intake = intakes.find(id, version).orElseThrow(() -> new NotFoundException("Intake"));
        access.recordRead(user, id, "READ_INTAKE", "INTAKE", intake.id());
        return new Detail(intake.id(), intake.version(), intake.formVersion(), intake.submittedAt(),
                intakes.nested(intake));
    }

    record Summary(UUID intakeId, int version, int formVersion, Instant submittedAt) {
        static Summary of(SubmittedIntake intake) {
            return new Summary(intake.id(), intake.version(), intake.formVersion(), intake.submittedAt());
        }
    }

    record Detail(UUID intakeId, int version, int formVersion, Instant submittedAt,
            @Schema(ref = IntakeSchemas.ANSWERS) JsonNode answers) {
    }
}
