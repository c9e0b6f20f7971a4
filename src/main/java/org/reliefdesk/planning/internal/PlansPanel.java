package org.reliefdesk.planning.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientPanel;
import org.springframework.stereotype.Component;

/** The "Session plan" section of the client page: the newest plan's status and the way to the plans. */
@Component
class PlansPanel implements ClientPanel {

    private final PlanStore store;

    PlansPanel(PlanStore store) {
        this.store = store;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Panel> panel(Client client, ReliefDeskUser viewer) {
        if (viewer.isStaff() && !viewer.isClinician()) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("clientId", client.id());
        model.put("staff", viewer.isStaff());
        store.newest(client.id()).ifPresent(plan -> model.put("plan", plan));
        return Optional.of(new Panel("planning/panel", model));
    }
}
