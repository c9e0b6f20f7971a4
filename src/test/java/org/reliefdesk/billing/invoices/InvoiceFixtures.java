package org.reliefdesk.billing.invoices;

import java.util.List;
import java.util.UUID;

import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.billing.PaymentMethod;

/** Invoices issued straight through {@link Invoices#issue} (checkout is another part's endpoint). */
final class InvoiceFixtures {

    private InvoiceFixtures() {
    }

    static Money money(String text) {
        return Money.parse(text).orElseThrow();
    }

    /** A one-line invoice for the client, with a cash payment of {@code paid} unless it is "0.00". */
    static Invoice issue(Invoices invoices, String clientId, String total, String paid) {
        List<NewInvoice.NewPayment> payments = money(paid).isZero() ? List.of()
                : List.of(new NewInvoice.NewPayment(PaymentMethod.CASH, money(paid), null, null));
        return invoices.issue(new NewInvoice(UUID.fromString(clientId), null, null,
                List.of(new NewInvoice.NewLine("Medical massage, 60 minutes", 1, money(total), null)), payments), null);
    }
}
