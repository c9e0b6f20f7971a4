package org.reliefdesk.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An issued invoice as the API shows it (API.md "Money"). {@code total} is the sum of the lines;
 * {@code credited} the sum of its credit notes; {@code paid} the sum of its payments; {@code balance} what is
 * still owed (never below zero); {@code status} is derived from the three. {@code reason} marks a fee invoice.
 */
public record Invoice(UUID id, String number, UUID clientId, String clientName,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID bookingId, LocalDate issuedOn, String currency,
        List<Line> lines, Money total, Money paid, Money credited, Money balance, InvoiceStatus status,
        List<Payment> payments, List<CreditNote> creditNotes, @JsonInclude(JsonInclude.Include.NON_NULL) FeeReason reason) {

    public record Line(String description, int quantity, Money unitPrice, Money amount,
            @JsonInclude(JsonInclude.Include.NON_NULL) String serviceCode) {
    }

    public record Payment(UUID id, PaymentMethod method, Money amount,
            @JsonInclude(JsonInclude.Include.NON_NULL) String reference,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID packageId, LocalDate takenOn) {
    }

    public record CreditNote(UUID id, String number, UUID invoiceId, Money amount, String reason, LocalDate issuedOn) {
    }

    /** What a client would get back: paid beyond what is left after the credit notes. */
    public Money creditToClient() {
        return paid.minusAtMostZero(total.minusAtMostZero(credited));
    }
}
