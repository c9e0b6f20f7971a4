package org.reliefdesk.billing.checkout;

import java.util.List;

import org.reliefdesk.billing.AmountField;

/** {@code POST /api/v1/bookings/{id}/checkout}: extras beside the service line, and the payments taken now. */
public record CheckoutRequest(List<Extra> extras, List<PaymentInput> payments) {

    public CheckoutRequest {
        extras = extras == null ? List.of() : extras;
        payments = payments == null ? List.of() : payments;
    }

    /** A line beside the service: a product, a longer session's top-up; the amount is the line's price. */
    public record Extra(String description, AmountField amount) {
    }
}
