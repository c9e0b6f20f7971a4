package org.reliefdesk.billing.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.InvoiceStatus;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.PaymentMethod;

/**
 * {@code GET /api/v1/reports/takings?date=}: the payments taken on a day by method, and the invoices issued that day
 * (API.md "Money"). {@code byMethod} lists every takings method (cash, card, gift card, other) in that order, with
 * zeros on a quiet day; {@code total} is their sum. PACKAGE payments are not takings (the package's sale was): they
 * are left out of both and shown apart as {@code packageSessions}. Beyond the contract, for closing the day: each
 * invoice's client, status and balance now, {@code invoiced} (the issued invoices' totals), the credit notes issued
 * that day and {@code credited}, and the practice's {@code currency}.
 */
record TakingsReport(LocalDate date, String currency, List<MethodLine> byMethod, Money total,
        List<InvoiceLine> invoices, Money invoiced, List<CreditNoteLine> creditNotes, Money credited,
        PackageSessions packageSessions) {

    record MethodLine(PaymentMethod method, long count, Money amount) {
    }

    record InvoiceLine(UUID id, String number, Money total, UUID clientId, String clientName, InvoiceStatus status,
            Money balance, @JsonInclude(JsonInclude.Include.NON_NULL) FeeReason reason) {
    }

    record CreditNoteLine(UUID id, String number, UUID invoiceId, String invoiceNumber, Money amount, String reason) {
    }

    /** Package sessions used that day: their count and the prices they paid (not takings). */
    record PackageSessions(long count, Money amount) {
    }
}
