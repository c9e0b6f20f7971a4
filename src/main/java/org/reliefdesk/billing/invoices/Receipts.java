package org.reliefdesk.billing.invoices;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.InvoiceIssued;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.notifications.Email;
import org.reliefdesk.notifications.Letter;
import org.reliefdesk.notifications.Letter.Fact;
import org.reliefdesk.notifications.Outbox;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails the client a short receipt in their language (practice, number, date, total, paid, balance, a link to
 * the PDF and the PDF attached; never clinical words) when a visit is checked out and when a payment is added
 * later. Queued in the outbox in the issuing transaction, so it is sent once, after the commit, and never for a
 * checkout that was rolled back.
 */
@Component
class Receipts {

    private final Invoices invoices;
    private final Outbox outbox;
    private final Practice practice;
    private final ReceiptPdf pdf;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final String baseUrl;

    Receipts(Invoices invoices, Outbox outbox, Practice practice, ReceiptPdf pdf, MessageSource messages,
            JdbcClient jdbc, ReliefDeskSettings settings) {
        this.invoices = invoices;
        this.outbox = outbox;
        this.practice = practice;
        this.pdf = pdf;
        this.messages = messages;
        this.jdbc = jdbc;
        this.baseUrl = settings.baseUrl();
    }

    /** A checkout's invoice (a visit's, not a fee's): the receipt goes out with the commit. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(InvoiceIssued event) {
        if (event.bookingId() != null && event.reason() == null) {
            invoices.find(event.invoiceId()).ifPresent(i -> send(i, "receipt:" + i.id()));
        }
    }

    /** A payment added later (422 over the balance), and the receipt showing it. */
    @Transactional
    Invoice pay(UUID invoiceId, NewInvoice.NewPayment payment, ReliefDeskUser by) {
        Invoice invoice = invoices.pay(invoiceId, payment, by);
        List<Invoice.Payment> payments = invoice.payments();
        send(invoice, "receipt:" + invoice.id() + ":" + payments.get(payments.size() - 1).id());
        return invoice;
    }

    private void send(Invoice invoice, String dedupeKey) {
        Recipient to = recipient(invoice.clientId());
        if (to == null) {
            return;
        }
        Letter.Words w = new Letter.Words(messages, to.locale());
        Practice.Details details = practice.details();
        String currency = invoice.currency();
        outbox.queue(Letter.builder("RECEIPT", to.email(), to.locale(), new Letter.Letterhead(details.name(),
                        details.email(), details.address(), details.phone()))
                .subject(w.text("mail.receipt.subject", invoice.number(), details.name()))
                .greeting(w.text("mail.greeting", firstName(to.name())))
                .paragraph(w.text("mail.receipt.lead", details.name()))
                .facts(List.of(new Fact(w.text("mail.receipt.invoice"), invoice.number()),
                        new Fact(w.text("mail.receipt.date"), w.format(invoice.issuedOn(), "format.dateLong")),
                        new Fact(w.text("mail.receipt.total"), invoice.total().format(to.locale(), currency)),
                        new Fact(w.text("mail.receipt.paid"), invoice.paid().format(to.locale(), currency)),
                        new Fact(w.text("mail.receipt.balance"), invoice.balance().format(to.locale(), currency)),
                        new Fact(w.text("mail.receipt.status"), w.text("invoices.status." + invoice.status().name()))))
                .button(w.text("mail.receipt.open"), baseUrl + "/invoices/" + invoice.id() + ".pdf")
                .attach(new Email.Attachment("receipt-" + invoice.number() + ".pdf", "application/pdf",
                        pdf.render(invoice, to.locale())))
                .dedupeKey(dedupeKey).build());
    }

    private Recipient recipient(UUID clientId) {
        Recipient found = jdbc.sql("""
                select c.email, c.full_name, u.preferred_language from client c
                left join app_user u on u.id = c.user_id where c.id = :id""").param("id", clientId)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), Letter.language(rs.getString(3))))
                .optional().filter(r -> r.email() != null && !r.email().isBlank()).orElse(null);
        return found == null ? null
                : new Recipient(found.email(), found.name(), practice.documentLocale(found.locale()));
    }

    private static String firstName(String fullName) {
        int space = fullName.indexOf(' ');
        return space < 0 ? fullName : fullName.substring(0, space);
    }

    private record Recipient(String email, String name, Locale locale) {
    }
}
