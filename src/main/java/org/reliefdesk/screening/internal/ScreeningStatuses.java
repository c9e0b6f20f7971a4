package org.reliefdesk.screening.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.clients.ScreeningStatusLookup;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.Screenings;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The newest intake's screening status for the client profile (CLEARED after a clearance; NO_INTAKE when none). */
@Component
class ScreeningStatuses implements ScreeningStatusLookup {

    private final ScreeningStore store;
    private final Screenings screenings;

    ScreeningStatuses(ScreeningStore store, @Lazy Screenings screenings) {
        this.store = store;
        this.screenings = screenings;
    }

    @Override
    public String statusOf(UUID clientId) {
        String status = store.latestStatus(clientId).orElse(NO_INTAKE);
        if (status.equals("-")) {
            return screenings.latest(clientId).map(Screening::status).map(Enum::name).orElse(NO_INTAKE);
        }
        return status;
    }

    @Override
    public Map<UUID, String> statusesOf(Collection<UUID> clientIds) {
        Map<UUID, String> stored = clientIds.isEmpty() ? Map.of() : store.latestStatuses(clientIds);
        Map<UUID, String> statuses = new LinkedHashMap<>();
        for (UUID id : clientIds) {
            String status = stored.getOrDefault(id, NO_INTAKE);
            statuses.put(id, status.equals("-") ? statusOf(id) : status);
        }
        return statuses;
    }
}
