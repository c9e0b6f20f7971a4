package org.reliefdesk.billing.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.InvoiceStatus;
import org.reliefdesk.billing.Money;

/**
 * What the Payments page shows for one client: their invoices (newest first), their packages, what they owe and
 * the credit they have, all in {@code currency}.
 */
record ClientPayments(UUID clientId, String clientName, String currency, List<InvoiceRow> invoices,
        List<PackageRow> packages) {

    /** One invoice; {@code reason} marks a fee invoice (the policy that caused it). */
    record InvoiceRow(UUID id, String number, LocalDate issuedOn, Money total, Money paid, Money credited,
            FeeReason reason) {

        public Money balance() {
            return total.minusAtMostZero(credited).minusAtMostZero(paid);
        }

        public InvoiceStatus status() {
            return InvoiceStatus.of(total, credited, paid);
        }

        /** Paid beyond what is left after the credit notes: what the client has as credit. */
        public Money credit() {
            return paid.minusAtMostZero(total.minusAtMostZero(credited));
        }
    }

    /** A package sold to the client: sessions left of all, and the day it expires. */
    record PackageRow(UUID id, String name, int sessions, int used, LocalDate expiresOn) {

        public int remaining() {
            return sessions - used;
        }

        public boolean expired(LocalDate today) {
            return expiresOn.isBefore(today);
        }
    }

    /** The sum of the open balances. */
    public Money owed() {
        return Money.sum(invoices.stream().map(InvoiceRow::balance).toList());
    }

    /** What credit notes gave back on invoices already paid. */
    public Money credit() {
        return Money.sum(invoices.stream().map(InvoiceRow::credit).toList());
    }
}
