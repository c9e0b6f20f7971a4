package org.reliefdesk.billing.superbills;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientPanel;
import org.reliefdesk.shared.PageParams;
import org.springframework.stereotype.Component;

/**
 * The client page's diagnoses on file, with the form to add one from the physician's letter and the way to the
 * client's superbill: therapists and admins only (the read is audited).
 */
@Component
class DiagnosesPanel implements ClientPanel {

    private final Diagnoses diagnoses;
    private final Clock clock;

    DiagnosesPanel(Diagnoses diagnoses, Clock clock) {
        this.diagnoses = diagnoses;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<Panel> panel(Client client, ReliefDeskUser viewer) {
        if (!viewer.isClinician()) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("client", client);
        model.put("diagnoses", diagnoses.list(client.id(), viewer, PageParams.of(0, PageParams.MAX_SIZE)).items());
        model.put("today", LocalDate.now(clock).toString());
        return Optional.of(new Panel("billing/superbills/panel", model));
    }
}
