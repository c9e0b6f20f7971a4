package org.reliefdesk.billing;

/** An invoice's status, always derived from its total, credit notes and payments (never stored). */
public enum InvoiceStatus {
    PAID, PART_PAID, UNPAID, CREDITED;

    /**
     * CREDITED when credit notes cover the whole total (of an invoice above zero); else PAID when nothing is
     * left to pay, PART_PAID when something was paid, UNPAID otherwise.
     */
    public static InvoiceStatus of(Money total, Money credited, Money paid) {
        if (!total.isZero() && credited.compareTo(total) >= 0) {
            return CREDITED;
        }
        Money balance = total.minusAtMostZero(credited).minusAtMostZero(paid);
        if (balance.isZero()) {
            return PAID;
        }
        return paid.isZero() ? UNPAID : PART_PAID;
    }
}
