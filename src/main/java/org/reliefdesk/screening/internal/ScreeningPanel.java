package org.reliefdesk.screening.internal;

import java.util.Map;
import java.util.Optional;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.ClientPanel;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.SubmittedIntake;
import org.springframework.stereotype.Component;

/**
 * The therapist's screening section of the client page: the full screening of the newest intake, its
 * answers, the body map, earlier intakes and the clearance form. Therapists and admins only (the read
 * is audited); front desk and clients get nothing here (front desk sees the status badge only).
 */
@Component
class ScreeningPanel implements ClientPanel {

    private final Intakes intakes;
    private final ScreeningDetails details;
    private final ClientAccess access;

    ScreeningPanel(Intakes intakes, ScreeningDetails details, ClientAccess access) {
        this.intakes = intakes;
        this.details = details;
        this.access = access;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Panel> panel(Client client, ReliefDeskUser viewer) {
        if (!viewer.isClinician()) {
            return Optional.empty();
        }
        access.clinical(client.id(), viewer, "READ_SCREENING", "SCREENING", null);
        Optional<SubmittedIntake> latest = intakes.latest(client.id());
        if (latest.isEmpty()) {
            return Optional.of(new Panel("screening/panel", Map.of("client", client)));
        }
        Map<String, Object> model = details.of(client, latest.get());
        model.put("earlier", details.earlier(client, latest.get()));
        model.put("latest", true);
        return Optional.of(new Panel("screening/panel", model));
    }
}
