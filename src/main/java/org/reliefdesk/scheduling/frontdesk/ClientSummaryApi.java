package org.reliefdesk.scheduling.frontdesk;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The quick view's facts as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "People")
class ClientSummaryApi {

    private final ClientSummaries summaries;

    ClientSummaryApi(ClientSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/clients/{id}/summary")
    @Operation(summary = "Staff: age, contact, screening status, plan status, next and last visits, no-shows, late "
            + "cancellations and alerts (codes) of a client; no clinical detail")
    ClientSummary summary(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return summaries.of(id, user);
    }
}
