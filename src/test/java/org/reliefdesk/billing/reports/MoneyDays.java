package org.reliefdesk.billing.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.InvoicesAt;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.billing.NewInvoice.NewLine;
import org.reliefdesk.billing.NewInvoice.NewPayment;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.billing.invoices.InvoiceNumbers;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money fixtures on chosen days: invoices issued and paid through {@code billing.Invoices} (with its clock on that
 * day), credit notes and sold packages written with SQL (their APIs belong to other parts), numbers from
 * {@link InvoiceNumbers} in the same transaction, bookings straight into the table (they may lie in the past).
 */
final class MoneyDays {

    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    MoneyDays(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.tx = context.getBean(TransactionTemplate.class);
    }

    static Money money(String text) {
        return Money.parse(text).orElseThrow();
    }

    static NewLine service(String code, String amount) {
        return new NewLine("Medical massage", 1, money(amount), code);
    }

    static NewLine extra(String description, String amount) {
        return new NewLine(description, 1, money(amount), null);
    }

    static NewPayment paid(PaymentMethod method, String amount) {
        return new NewPayment(method, money(amount), method == PaymentMethod.CARD ? "T-1" : null, null);
    }

    Invoice issue(LocalDate day, UUID client, UUID booking, FeeReason reason, List<NewLine> lines,
            List<NewPayment> payments) {
        return tx.execute(s -> InvoicesAt.day(context, day).issue(new NewInvoice(client, booking, reason, lines,
                payments), null));
    }

    Invoice pay(LocalDate day, UUID invoice, PaymentMethod method, String amount) {
        return tx.execute(s -> InvoicesAt.day(context, day).pay(invoice, paid(method, amount), null));
    }

    /** Sells a package on the sale invoice {@code invoice}; returns the client's package id. */
    UUID sellPackage(UUID client, Invoice invoice, String serviceCode, int sessions) {
        UUID definition = jdbc.sql("""
                insert into package (name, service_code, sessions, price, valid_days)
                values ('Course of ' || :sessions, :service, :sessions, :price, 180) returning id""")
                .param("sessions", sessions).param("service", serviceCode).param("price", invoice.total().value())
                .query(UUID.class).single();
        return jdbc.sql("""
                insert into client_package (package_id, client_id, service_code, name, sessions, sold_on, expires_on,
                    invoice_id)
                values (:package, :client, :service, 'Course', :sessions, :on, :on + 180, :invoice) returning id""")
                .param("package", definition).param("client", client).param("service", serviceCode)
                .param("sessions", sessions).param("on", invoice.issuedOn()).param("invoice", invoice.id())
                .query(UUID.class).single();
    }

    /** A credit note numbered in its own series, as the invoices part will issue them. */
    void credit(LocalDate day, UUID invoice, String amount, String reason) {
        tx.executeWithoutResult(s -> {
            InvoiceNumbers.Number number = context.getBean(InvoiceNumbers.class).next(InvoiceNumbers.Series.CN,
                    day.getYear());
            jdbc.sql("""
                    insert into credit_note (number, year, seq, invoice_id, amount, reason, issued_on)
                    values (:number, :year, :seq, :invoice, :amount, :reason, :on)""")
                    .param("number", number.text()).param("year", number.year()).param("seq", number.seq())
                    .param("invoice", invoice).param("amount", new BigDecimal(amount)).param("reason", reason)
                    .param("on", day).update();
        });
    }

    UUID booking(UUID client, UUID location, UUID therapist, UUID room, LocalDateTime start, String service,
            int minutes, String status) {
        OffsetDateTime at = start.atZone(InvoicesAt.NEW_YORK).toOffsetDateTime();
        return jdbc.sql("""
                insert into booking (client_id, location_id, service_code, therapist_id, room_id, starts_at, ends_at,
                                     held_until, status, screening_status)
                values (:c, :l, :service, :t, :r, :s, :e, :e, :status, 'CLEARED') returning id""")
                .param("c", client).param("l", location).param("service", service).param("t", therapist)
                .param("r", room).param("s", at).param("e", at.plusMinutes(minutes)).param("status", status)
                .query(UUID.class).single();
    }
}
