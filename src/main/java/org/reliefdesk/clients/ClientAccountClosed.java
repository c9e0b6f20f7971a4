package org.reliefdesk.clients;

import java.util.UUID;

/** Published in the closing transaction when a client's account is closed (by the user {@code closedBy}). */
public record ClientAccountClosed(UUID clientId, UUID closedBy) {
}
