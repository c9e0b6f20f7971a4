package org.reliefdesk.scheduling.booking;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.clients.ScreeningStatusLookup;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A massage is booked only for a client whose newest screening is CLEARED (a recorded clearance
 * turns CLEARANCE_REQUIRED into CLEARED). No intake, URGENT or uncleared: 422.
 */
@Component
public class ScreeningGate {

    private final ObjectProvider<ScreeningStatusLookup> lookup;

    ScreeningGate(ObjectProvider<ScreeningStatusLookup> lookup) {
        this.lookup = lookup;
    }

    public String statusOf(UUID clientId) {
        ScreeningStatusLookup screening = lookup.getIfAvailable();
        return screening == null ? ScreeningStatusLookup.NO_INTAKE : screening.statusOf(clientId);
    }

    /** The status of each of these clients (one query), for lists such as the appointment book. */
    public Map<UUID, String> statusesOf(Collection<UUID> clientIds) {
        ScreeningStatusLookup screening = lookup.getIfAvailable();
        if (screening == null) {
            Map<UUID, String> none = new HashMap<>();
            clientIds.forEach(id -> none.put(id, ScreeningStatusLookup.NO_INTAKE));
            return none;
        }
        return screening.statusesOf(clientIds);
    }

    /** The status the booking is made under; throws when it blocks massage. */
    public String check(UUID clientId) {
        String status = statusOf(clientId);
        String problem = problem(status);
        if (problem != null) {
            throw RuleViolationException.of("clientId", problem);
        }
        return status;
    }

    /** Why this status blocks massage, or null when it allows it. */
    public static String problem(String status) {
        return switch (status) {
            case "CLEARED" -> null;
            case ScreeningStatusLookup.NO_INTAKE -> "The client has no submitted intake yet; the intake comes first";
            case "URGENT" -> "The client's screening found signs that need prompt medical attention;"
                    + " no massage can be booked until a new intake is cleared";
            case "CLEARANCE_REQUIRED" -> "The client's screening needs a physician's clearance on file"
                    + " before a massage can be booked";
            default -> "The client's screening does not allow a massage (" + status + ")";
        };
    }
}
