package org.reliefdesk.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.invoices.InvoiceNumbers;
import org.reliefdesk.billing.invoices.InvoiceNumbers.Series;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues invoices (numbered at issue, never edited afterwards), takes payments on them and reads them back. Callers
 * check their own rules first; the number is taken last, in the same transaction, so a refused request uses none.
 */
@Component
public class Invoices {

    private final JdbcClient jdbc;
    private final InvoiceNumbers numbers;
    private final Practice practice;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Invoices(JdbcClient jdbc, InvoiceNumbers numbers, Practice practice, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.numbers = numbers;
        this.practice = practice;
        this.clock = clock;
    }

    /** Publishes {@link InvoiceIssued}; 422 {@code payments} when the payments come to more than the total. */
    @Transactional
    public Invoice issue(NewInvoice invoice, ReliefDeskUser by) {
        Money total = invoice.total();
        Money paying = Money.sum(invoice.payments().stream().map(NewInvoice.NewPayment::amount).toList());
        if (paying.isMoreThan(total)) {
            new FieldErrors().add("payments", "The payments (" + paying + ") come to more than the total ("
                    + total + ")").throwIfAny();
        }
        LocalDate today = LocalDate.now(clock);
        InvoiceNumbers.Number number = numbers.next(Series.INV, today.getYear());
        UUID id = jdbc.sql("""
                insert into invoice (number, year, seq, client_id, booking_id, reason, issued_on, issued_by, currency,
                    total)
                values (:number, :year, :seq, :client, :booking, :reason, :on, :by, :currency, :total) returning id""")
                .param("number", number.text()).param("year", number.year()).param("seq", number.seq())
                .param("client", invoice.clientId()).param("booking", invoice.bookingId())
                .param("reason", invoice.reason() == null ? null : invoice.reason().name())
                .param("on", today).param("by", by == null ? null : by.id()).param("currency", practice.currency())
                .param("total", total.value()).query(UUID.class).single();
        insertLines(id, invoice.lines());
        invoice.payments().forEach(p -> insertPayment(id, p, by, today));
        events.publishEvent(new InvoiceIssued(id, invoice.clientId(), invoice.bookingId(), invoice.reason()));
        return find(id).orElseThrow();
    }

    private void insertLines(UUID id, List<NewInvoice.NewLine> lines) {
        int position = 1;
        for (NewInvoice.NewLine line : lines) {
            jdbc.sql("""
                    insert into invoice_line (invoice_id, position, description, quantity, unit_price, amount,
                        service_code)
                    values (:id, :position, :description, :quantity, :unit, :amount, :service)""")
                    .param("id", id).param("position", position++).param("description", line.description())
                    .param("quantity", line.quantity()).param("unit", line.unitPrice().value())
                    .param("amount", line.amount().value()).param("service", line.serviceCode()).update();
        }
    }

    /** A payment added later; 422 {@code amount} when it is more than the balance. */
    @Transactional
    public Invoice pay(UUID invoiceId, NewInvoice.NewPayment payment, ReliefDeskUser by) {
        jdbc.sql("select id from invoice where id = :id for update of invoice").param("id", invoiceId)
                .query(UUID.class).optional().orElseThrow(() -> new NotFoundException("Invoice"));
        Invoice invoice = find(invoiceId).orElseThrow();
        if (payment.amount().isMoreThan(invoice.balance())) {
            new FieldErrors().add("amount", "is more than the balance of " + invoice.balance()).throwIfAny();
        }
        insertPayment(invoiceId, payment, by, LocalDate.now(clock));
        return find(invoiceId).orElseThrow();
    }

    private void insertPayment(UUID invoiceId, NewInvoice.NewPayment payment, ReliefDeskUser by, LocalDate on) {
        jdbc.sql("""
                insert into payment (invoice_id, method, amount, reference, client_package_id, taken_on, taken_by,
                    taken_at)
                values (:invoice, :method, :amount, :reference, :package, :on, :by, clock_timestamp())""")
                .param("invoice", invoiceId).param("method", payment.method().name())
                .param("amount", payment.amount().value()).param("reference", blankToNull(payment.reference()))
                .param("package", payment.clientPackageId()).param("on", on).param("by", by == null ? null : by.id())
                .update();
    }

    public Optional<Invoice> find(UUID id) {
        return jdbc.sql("""
                select i.id, i.number, i.client_id, c.full_name, i.booking_id, i.issued_on, i.currency, i.total,
                       i.reason
                from invoice i join client c on c.id = i.client_id where i.id = :id""")
                .param("id", id).query((rs, n) -> head(rs)).optional().map(this::complete);
    }

    /** The invoice if {@code user} may see it: a client only their own (anything else is a 404). */
    public Invoice visible(UUID id, ReliefDeskUser user) {
        Invoice invoice = find(id).orElseThrow(() -> new NotFoundException("Invoice"));
        if (user.isClient() && !ownedBy(invoice.clientId(), user)) {
            throw new NotFoundException("Invoice");
        }
        return invoice;
    }

    private boolean ownedBy(UUID clientId, ReliefDeskUser user) {
        return jdbc.sql("select count(*) from client where id = :id and user_id = :user").param("id", clientId)
                .param("user", user.id()).query(Integer.class).single() == 1;
    }

    private record Head(UUID id, String number, UUID clientId, String clientName, UUID bookingId, LocalDate issuedOn,
            String currency, Money total, FeeReason reason) {
    }

    private static Head head(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        return new Head(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("client_id", UUID.class),
                rs.getString("full_name"), rs.getObject("booking_id", UUID.class),
                rs.getObject("issued_on", LocalDate.class), rs.getString("currency"), new Money(rs.getBigDecimal("total")),
                reason == null ? null : FeeReason.valueOf(reason));
    }

    private Invoice complete(Head head) {
        List<Invoice.Line> lines = jdbc.sql("""
                select description, quantity, unit_price, amount, service_code from invoice_line
                where invoice_id = :id order by position""").param("id", head.id())
                .query((rs, n) -> new Invoice.Line(rs.getString("description"), rs.getInt("quantity"),
                        new Money(rs.getBigDecimal("unit_price")), new Money(rs.getBigDecimal("amount")),
                        rs.getString("service_code"))).list();
        List<Invoice.Payment> payments = jdbc.sql("""
                select id, method, amount, reference, client_package_id, taken_on from payment
                where invoice_id = :id order by taken_at, id""").param("id", head.id())
                .query((rs, n) -> new Invoice.Payment(rs.getObject("id", UUID.class),
                        PaymentMethod.valueOf(rs.getString("method")), new Money(rs.getBigDecimal("amount")),
                        rs.getString("reference"), rs.getObject("client_package_id", UUID.class),
                        rs.getObject("taken_on", LocalDate.class))).list();
        List<Invoice.CreditNote> credits = jdbc.sql("""
                select id, number, invoice_id, amount, reason, issued_on from credit_note
                where invoice_id = :id order by seq""").param("id", head.id())
                .query((rs, n) -> new Invoice.CreditNote(rs.getObject("id", UUID.class), rs.getString("number"),
                        rs.getObject("invoice_id", UUID.class), new Money(rs.getBigDecimal("amount")),
                        rs.getString("reason"), rs.getObject("issued_on", LocalDate.class))).list();
        Money paid = Money.sum(payments.stream().map(Invoice.Payment::amount).toList());
        Money credited = Money.sum(credits.stream().map(Invoice.CreditNote::amount).toList());
        Money balance = head.total().minusAtMostZero(credited).minusAtMostZero(paid);
        return new Invoice(head.id(), head.number(), head.clientId(), head.clientName(), head.bookingId(),
                head.issuedOn(), head.currency(), new ArrayList<>(lines), head.total(), paid, credited, balance,
                InvoiceStatus.of(head.total(), credited, paid), payments, credits, head.reason());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
