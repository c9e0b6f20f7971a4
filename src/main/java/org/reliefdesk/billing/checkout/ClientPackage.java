package org.reliefdesk.billing.checkout;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A package sold to a client: {@code sessions} bought, {@code used} so far, valid from {@code soldOn} through
 * {@code expiresOn} (that day included); {@code expired} is as of the practice's today.
 */
public record ClientPackage(UUID id, UUID packageId, UUID clientId, String name, String serviceCode, int sessions,
        int used, int remaining, LocalDate soldOn, LocalDate expiresOn, boolean expired, UUID invoiceId) {

    /** Whether a session of {@code serviceCode} on {@code day} may be paid with it now. */
    public boolean usableFor(String serviceCode, LocalDate day) {
        return this.serviceCode.equals(serviceCode) && remaining > 0 && !expired && !expiresOn.isBefore(day);
    }
}
