package org.reliefdesk.billing.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.billing.Money;

/**
 * {@code GET /api/v1/reports/balances}: the clients who owe (the sum of their invoices' open balances, as
 * {@code GET /clients/{id}/balance} reads {@code owed}), largest first, then by name; paged. Beyond the contract:
 * each client's open invoices and the oldest one's issue date, and {@code owed}, what all of them owe together.
 */
record BalancesReport(List<Line> items, int page, int size, long total, Money owed, String currency) {

    record Line(UUID clientId, String name, Money owed, long openInvoices, LocalDate oldestIssuedOn) {
    }
}
