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
import org.reliefdesk.notifications.Outbox;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails the client a short receipt (practice, number, date, total, paid, balance and a link to the PDF; never
 * clinical words) when a visit is checked out and when a payment is added later. Queued in the outbox in the
 * issuing transaction, so it is sent once, after the commit, and never for a checkout that was rolled back.
 */
@Component
class Receipts {

    private final Invoices invoices;
    private final Outbox outbox;
    private final Practice practice;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final String baseUrl;

    Receipts(Invoices invoices, Outbox outbox, Practice practice, MessageSource messages, JdbcClient jdbc,
            ReliefDeskSettings settings) {
        this.invoices = invoices;
        this.outbox = outbox;
        this.practice = practice;
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
        ReceiptPdf.Words words = new ReceiptPdf.Words(messages, to.locale(), invoice.currency());
        Practice.Details details = practice.details();
        String subject = words.text("invoices.mail.subject", invoice.number(), details.name());
        String body = words.text("invoices.mail.body", firstName(to.name()), details.name(), invoice.number(),
                words.date(invoice.issuedOn()), words.money(invoice.total()), words.money(invoice.paid()),
                words.money(invoice.balance()), words.text("invoices.status." + invoice.status().name()),
                baseUrl + "/invoices/" + invoice.id() + ".pdf", details.address() == null ? "" : details.address());
        outbox.queue(new Email("RECEIPT", to.email(), subject, body, dedupeKey));
    }

    private Recipient recipient(UUID clientId) {
        return jdbc.sql("""
                select c.email, c.full_name, coalesce(u.preferred_language, 'en') from client c
                left join app_user u on u.id = c.user_id where c.id = :id""").param("id", clientId)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), Locale.forLanguageTag(rs.getString(3))))
                .optional().filter(r -> r.email() != null && !r.email().isBlank()).orElse(null);
    }

    private static String firstName(String fullName) {
        int space = fullName.indexOf(' ');
        return space < 0 ? fullName : fullName.substring(0, space);
    }

    private record Recipient(String email, String name, Locale locale) {
    }
}
