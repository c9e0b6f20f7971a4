package org.reliefdesk.outcomes.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.outcomes.MidasCheckIn;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.outcomes.Outcomes;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.TypedFields;
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

/** Outcomes and MIDAS check-ins over the API: the client themself, therapists and admins; front desk 403. */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
@Tag(name = "Outcomes")
class OutcomesApi {

    static final String BASELINE_DAYS_MESSAGE = "must be a whole number of days";

    private final Outcomes outcomes;
    private final MidasCheckIns checkIns;
    private final ClientAccess access;

    OutcomesApi(Outcomes outcomes, MidasCheckIns checkIns, ClientAccess access) {
        this.outcomes = outcomes;
        this.checkIns = checkIns;
        this.access = access;
    }

    @GetMapping("/outcomes")
    Outcome outcomes(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId,
            @RequestParam(required = false) String baselineDays, @RequestParam(required = false) String courseStart) {
        access.clinical(clientId, user, "READ_OUTCOMES", "OUTCOMES", null);
        FieldErrors errors = new FieldErrors();
        Integer days = TypedFields.whole("baselineDays", baselineDays, BASELINE_DAYS_MESSAGE, errors);
        LocalDate start = TypedFields.date("courseStart", courseStart, errors);
        errors.throwIfAny();
        return outcomes.of(clientId, days, start);
    }

    @PostMapping("/midas")
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = MidasRequest.class)))
    MidasCheckIn checkIn(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId,
            @RequestBody JsonNode body) {
        access.clinical(clientId, user, "RECORD_MIDAS", "MIDAS", null);
        return checkIns.record(clientId, MidasAnswers.read(body), user.id());
    }

    @GetMapping("/midas")
    Paged<MidasCheckIn> checkIns(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        access.clinical(clientId, user, "READ_MIDAS", "MIDAS", null);
        return checkIns.page(clientId, PageParams.of(page, size));
    }

    @GetMapping("/midas/{checkInId}")
    MidasCheckIn checkIn(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId,
            @PathVariable UUID checkInId) {
        access.clinical(clientId, user, "READ_MIDAS", "MIDAS", checkInId);
        return checkIns.find(clientId, checkInId).orElseThrow(() -> new NotFoundException("MIDAS check-in"));
    }

    /** A MIDAS check-in's answers: days for questions 1 to 5 and A (0–92), pain B (0–10). */
    record MidasRequest(@Schema(minimum = "0", maximum = "92") int q1, @Schema(minimum = "0", maximum = "92") int q2,
            @Schema(minimum = "0", maximum = "92") int q3, @Schema(minimum = "0", maximum = "92") int q4,
            @Schema(minimum = "0", maximum = "92") int q5, @Schema(minimum = "0", maximum = "92") int a,
            @Schema(minimum = "0", maximum = "10") int b) {
    }
}
