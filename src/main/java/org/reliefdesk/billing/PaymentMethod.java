package org.reliefdesk.billing;

/** How a payment was made; cards are taken on the clinic's own terminal and recorded with its reference. */
public enum PaymentMethod {
    CASH, CARD, PACKAGE, GIFT_CARD, OTHER;

    /** Package sessions are not takings: the package's sale was (API.md "Money"). */
    public boolean isTakings() {
        return this != PACKAGE;
    }
}
