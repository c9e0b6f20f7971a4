package org.reliefdesk.clients;

import java.util.UUID;

/**
 * The newest screening status of a client ({@code CLEARED}, {@code CLEARANCE_REQUIRED},
 * {@code URGENT}, or {@code NO_INTAKE}). Implemented by the screening module, so that
 * clients does not depend on it.
 */
public interface ScreeningStatusLookup {

    String NO_INTAKE = "NO_INTAKE";

    String statusOf(UUID clientId);
}
