package org.reliefdesk.billing.invoices;

import java.util.Locale;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.Invoices;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The receipt for a signed-in browser (the link in the receipt email): a client only their own, else 404. */
@Controller
class ReceiptPages {

    private final Invoices invoices;
    private final ReceiptPdf pdf;

    ReceiptPages(Invoices invoices, ReceiptPdf pdf) {
        this.invoices = invoices;
        this.pdf = pdf;
    }

    @GetMapping("/invoices/{id}.pdf")
    ResponseEntity<byte[]> receipt(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            Locale locale) {
        Invoice invoice = invoices.visible(id, user);
        return ReceiptPdf.response(pdf.render(invoice, locale), invoice);
    }
}
