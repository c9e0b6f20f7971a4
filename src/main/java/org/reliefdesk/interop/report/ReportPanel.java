package org.reliefdesk.interop.report;

import java.util.Map;
import java.util.Optional;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientPanel;
import org.springframework.stereotype.Component;

/** On the staff client page: the physician's progress report (clinicians) and the record's export (admins). */
@Component
class ReportPanel implements ClientPanel {

    @Override
    public int order() {
        return 85;
    }

    @Override
    public Optional<Panel> panel(Client client, ReliefDeskUser viewer) {
        if (!viewer.isClinician()) {
            return Optional.empty();
        }
        return Optional.of(new Panel("interop/report-panel", Map.of("client", client, "export", viewer.isAdmin())));
    }
}
