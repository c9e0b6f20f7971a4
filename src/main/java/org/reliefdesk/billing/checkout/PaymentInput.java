package org.reliefdesk.billing.checkout;

import java.util.UUID;

import org.reliefdesk.billing.AmountField;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.shared.FieldErrors;

/**
 * One payment as sent: {@code method} (CASH, CARD, PACKAGE, GIFT_CARD, OTHER), an optional {@code amount} (by default
 * what is still unpaid), the client's package for a PACKAGE payment and the card terminal's (or gift card's)
 * reference.
 */
public record PaymentInput(String method, AmountField amount, String packageId, String reference) {

    /** The method, or null after adding {@code field}'s error. */
    static PaymentMethod method(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        try {
            return PaymentMethod.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, "must be one of CASH, CARD, PACKAGE, GIFT_CARD, OTHER");
            return null;
        }
    }

    /** An id in a request body: unknown or malformed is a 422 naming the field (API.md "Conventions"). */
    static UUID id(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, "is not a known id");
            return null;
        }
    }
}
