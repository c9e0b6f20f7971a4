package org.reliefdesk.billing.invoices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.invoices.InvoiceNumbers.Series;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes: the only way to take back (part of) an issued invoice, always with a reason; waiving a fee is one.
 * The invoice's row is locked first, so two credit notes at once cannot together exceed its total; the number
 * ({@code CN-2027-000001}) is taken last, so a refused credit note uses none.
 */
@Component
public class CreditNotes {

    static final int REASON_MAX = 500;

    private final JdbcClient jdbc;
    private final Invoices invoices;
    private final InvoiceNumbers numbers;
    private final Clock clock;

    CreditNotes(JdbcClient jdbc, Invoices invoices, InvoiceNumbers numbers, Clock clock) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.numbers = numbers;
        this.clock = clock;
    }

    /**
     * Credits the invoice by {@code amount}, or by all that is left to credit when it is null: 404 for an unknown
     * invoice; 422 {@code reason} when blank or too long, 422 {@code amount} when zero or more than the total less
     * earlier credits.
     */
    @Transactional
    public Invoice.CreditNote issue(UUID invoiceId, String reason, Money amount, ReliefDeskUser by) {
        FieldErrors errors = new FieldErrors();
        errors.required("reason", reason)
                .maxLength("reason", reason, REASON_MAX);
        if (amount != null && amount.isZero()) {
            errors.add("amount", "must be more than 0.00");
        }
        errors.throwIfAny();
        jdbc.sql("select id from invoice where id = :id for update").param("id", invoiceId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFoundException("Invoice"));
        Invoice invoice = invoices.find(invoiceId).orElseThrow();
        Money left = invoice.total().minusAtMostZero(invoice.credited());
        Money credit = amount == null ? left : amount;
        if (left.isZero()) {
            errors.add("amount", "nothing is left to credit: the invoice is credited in full").throwIfAny();
        }
        if (credit.isMoreThan(left)) {
            errors.add("amount", "is more than the total less earlier credits (" + left + ")").throwIfAny();
        }
        LocalDate today = LocalDate.now(clock);
        InvoiceNumbers.Number number = numbers.next(Series.CN, today.getYear());
        UUID id = jdbc.sql("""
                insert into credit_note (number, year, seq, invoice_id, amount, reason, issued_on, issued_by)
                values (:number, :year, :seq, :invoice, :amount, :reason, :on, :by) returning id""")
                .param("number", number.text()).param("year", number.year()).param("seq", number.seq())
                .param("invoice", invoiceId).param("amount", credit.value()).param("reason", reason.strip())
                .param("on", today).param("by", by == null ? null : by.id()).query(UUID.class).single();
        return find(id).orElseThrow();
    }

    public Optional<Invoice.CreditNote> find(UUID id) {
        return jdbc.sql("select id, number, invoice_id, amount, reason, issued_on from credit_note where id = :id")
                .param("id", id)
                .query((rs, n) -> new Invoice.CreditNote(rs.getObject("id", UUID.class), rs.getString("number"),
                        rs.getObject("invoice_id", UUID.class), new Money(rs.getBigDecimal("amount")),
                        rs.getString("reason"), rs.getObject("issued_on", LocalDate.class)))
                .optional();
    }
}
