package org.reliefdesk.outcomes.internal;

import java.util.Map;
import java.util.Optional;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.ClientPanel;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.outcomes.Outcomes;
import org.springframework.stereotype.Component;

/** The diary-and-outcomes section of the client page, for therapists and admins (the read is audited). */
@Component
class OutcomesPanel implements ClientPanel {

    private final Outcomes outcomes;
    private final ClientAccess access;

    OutcomesPanel(Outcomes outcomes, ClientAccess access) {
        this.outcomes = outcomes;
        this.access = access;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Optional<Panel> panel(Client client, ReliefDeskUser viewer) {
        if (!viewer.isClinician()) {
            return Optional.empty();
        }
        access.clinical(client.id(), viewer, "READ_OUTCOMES", "OUTCOMES", null);
        Outcome outcome = outcomes.of(client.id(), null, null);
        Map<String, Object> model = OutcomePages.words(outcome);
        model.put("client", client);
        return Optional.of(new Panel("outcomes/panel", model));
    }
}
