package org.reliefdesk.clients;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The newest screening status of a client ({@code CLEARED}, {@code CLEARANCE_REQUIRED},
 * {@code URGENT}, or {@code NO_INTAKE}). Implemented by the screening module, so that
 * clients does not depend on it.
 */
public interface ScreeningStatusLookup {

    String NO_INTAKE = "NO_INTAKE";

    String statusOf(UUID clientId);

    /** The status of each of these clients (for lists such as the appointment book: one query where implemented). */
    default Map<UUID, String> statusesOf(Collection<UUID> clientIds) {
        Map<UUID, String> statuses = new LinkedHashMap<>();
        clientIds.forEach(id -> statuses.put(id, statusOf(id)));
        return statuses;
    }
}
