package org.reliefdesk.billing.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.billing.Money;

/**
 * {@code GET /api/v1/reports/revenue?from=&to=}: the invoices issued on the local days {@code from}–{@code to} (both
 * included) less their credit notes (whenever issued), where what a package session paid counts 0.00 (the package
 * counted when sold). Each invoice counts once in each breakdown ({@code count} = invoices): under its service (a
 * visit's invoice: the visit's service; one without a visit, such as a package sale: its first line's; a fee invoice:
 * none) and its visit's therapist (a package sale has none). The invoices with no service, or no therapist, are one line with a null code or id, listed last, so each
 * breakdown adds up to {@code total}. An invoice never counts below 0.00. Beyond the contract: {@code currency},
 * {@code count} and the service's {@code name}.
 */
record RevenueReport(LocalDate from, LocalDate to, String currency, Money total, long count,
        List<ServiceLine> byService, List<TherapistLine> byTherapist) {

    record ServiceLine(String serviceCode, String name, long count, Money amount) {
    }

    record TherapistLine(UUID therapistId, String name, long count, Money amount) {
    }
}
