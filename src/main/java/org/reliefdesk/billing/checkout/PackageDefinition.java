package org.reliefdesk.billing.checkout;

import java.util.UUID;

import org.reliefdesk.billing.Money;

/** A package the practice sells: {@code sessions} of one service for {@code price}, valid {@code validDays} from the sale. */
public record PackageDefinition(UUID id, String name, String serviceCode, int sessions, Money price, int validDays,
        boolean active) {
}
