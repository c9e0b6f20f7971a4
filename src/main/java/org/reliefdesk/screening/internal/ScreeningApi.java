package org.reliefdesk.screening.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.screening.ClearanceOnFile;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.Screenings;
import org.reliefdesk.screening.Screenings.NewClearance;
import org.reliefdesk.screening.Screenings.Submission;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Submitting an intake (screened in the same transaction), reading screenings, recording clearances. */
@RestController
@RequestMapping("/api/v1/clients/{id}")
@Tag(name = "Intake and screening")
class ScreeningApi {

    private final Screenings screenings;
    private final ClientAccess access;

    ScreeningApi(Screenings screenings, ClientAccess access) {
        this.screenings = screenings;
        this.access = access;
    }

    /** The body is taken as JSON of any shape so that every wrong type is a 422 naming the field. */
    @PostMapping("/intake")
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(ref = "#/components/schemas/IntakeAnswers")))
    Submitted submit(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody(required = false) JsonNode body) {
        writable(id, user);
        Submission submission = screenings.submit(id, body, user);
        return new Submitted(submission.intake().id(), submission.intake().version(),
                submission.intake().formVersion(), submission.intake().submittedAt(), submission.screening(),
                submission.after().confirmedIds(), submission.after().releasedIds());
    }

    @GetMapping("/screening")
    Screening latest(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        access.clinicalCheck(id, user);
        Screening screening = screenings.latest(id)
                .orElseThrow(() -> new NotFoundException("Screening (no submitted intake yet)"));
        access.recordRead(user, id, "READ_SCREENING", "SCREENING", screening.intakeId());
        return screening;
    }

    @GetMapping("/intakes/{version}/screening")
    Screening ofVersion(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @PathVariable int version) {
        access.clinicalCheck(id, user);
        Screening screening = screenings.ofIntake(id, version).orElseThrow(() -> new NotFoundException("Intake"));
        access.recordRead(user, id, "READ_SCREENING", "SCREENING", screening.intakeId());
        return screening;
    }

    @GetMapping("/clearances")
    Paged<ClearanceOnFile> clearances(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        access.clinical(id, user, "READ_CLEARANCES", "CLEARANCE", null);
        return screenings.clearances(id, PageParams.of(page, size));
    }

    @GetMapping("/clearances/{clearanceId}")
    ClearanceOnFile clearance(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @PathVariable UUID clearanceId) {
        access.clinical(id, user, "READ_CLEARANCES", "CLEARANCE", clearanceId);
        return screenings.clearance(id, clearanceId).orElseThrow(() -> new NotFoundException("Clearance"));
    }

    @PostMapping("/clearances")
    @ResponseStatus(HttpStatus.CREATED)
    ClearanceOnFile recordClearance(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody NewClearance body) {
        writable(id, user);
        return screenings.recordClearance(id, body, user);
    }

    /** The client themself or a clinician; another client's id is a 404, front desk a 403. */
    private void writable(UUID clientId, ReliefDeskUser user) {
        access.profile(clientId, user);
        if (user.isStaff() && !user.isClinician()) {
            throw new ForbiddenException("Front desk does not see or change clinical details");
        }
    }

    /** {@code confirmedBookings}: holds the screening confirmed; {@code releasedBookings}: holds it released. */
    record Submitted(UUID intakeId, int version, int formVersion, Instant submittedAt, Screening screening,
            List<UUID> confirmedBookings, List<UUID> releasedBookings) {
    }
}
