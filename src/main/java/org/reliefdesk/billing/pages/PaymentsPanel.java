package org.reliefdesk.billing.pages;

import java.util.Map;
import java.util.Optional;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientPanel;
import org.springframework.stereotype.Component;

/** The "Payments" section of the client page for staff: what the client owes, their credit, and the way in. */
@Component
class PaymentsPanel implements ClientPanel {

    private final PaymentsReader reader;

    PaymentsPanel(PaymentsReader reader) {
        this.reader = reader;
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public Optional<Panel> panel(Client client, ReliefDeskUser viewer) {
        if (!viewer.isStaff()) {
            return Optional.empty();
        }
        return Optional.of(new Panel("billing/pages/panel", Map.of("payments", reader.of(client))));
    }
}
