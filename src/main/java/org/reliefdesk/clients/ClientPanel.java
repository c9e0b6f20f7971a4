package org.reliefdesk.clients;

import java.util.Map;
import java.util.Optional;

import org.reliefdesk.accounts.ReliefDeskUser;

/**
 * A section of the client page ({@code /clients/{id}}) contributed by another module (screening,
 * plans, bookings, diary…), so the page composes them without clients depending on those modules.
 * A module returns empty when this viewer may not see its section (e.g. front desk and clinical detail).
 */
public interface ClientPanel {

    int order();

    Optional<Panel> panel(Client client, ReliefDeskUser viewer);

    /**
     * {@code template} names a Thymeleaf template holding a fragment called {@code panel};
     * the fragment reads its data as {@code ${panel.model['…']}}.
     */
    record Panel(String template, Map<String, Object> model) {
    }
}
