package org.reliefdesk.billing;

import java.util.List;
import java.util.UUID;

/**
 * An invoice to issue: its lines and the payments taken with it (already checked by the caller; a PACKAGE payment
 * names the client's package whose session it used). {@code bookingId} and {@code reason} are optional.
 */
public record NewInvoice(UUID clientId, UUID bookingId, FeeReason reason, List<NewLine> lines,
        List<NewPayment> payments) {

    public NewInvoice {
        lines = List.copyOf(lines);
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    public record NewLine(String description, int quantity, Money unitPrice, String serviceCode) {

        public Money amount() {
            return unitPrice.times(quantity);
        }
    }

    public record NewPayment(PaymentMethod method, Money amount, String reference, UUID clientPackageId) {
    }

    public Money total() {
        return Money.sum(lines.stream().map(NewLine::amount).toList());
    }
}
