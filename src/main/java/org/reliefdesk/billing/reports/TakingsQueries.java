package org.reliefdesk.billing.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.InvoiceStatus;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.billing.reports.TakingsReport.CreditNoteLine;
import org.reliefdesk.billing.reports.TakingsReport.InvoiceLine;
import org.reliefdesk.billing.reports.TakingsReport.MethodLine;
import org.reliefdesk.billing.reports.TakingsReport.PackageSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The takings report's reads: three statements for a day (payments by method, invoices, credit notes). */
@Component
class TakingsQueries {

    private final JdbcClient jdbc;

    TakingsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TakingsReport day(LocalDate day, String currency) {
        Map<PaymentMethod, MethodLine> taken = new EnumMap<>(PaymentMethod.class);
        jdbc.sql("select method, count(*), sum(amount) from payment where taken_on = :day group by method")
                .param("day", day).query(rs -> {
                    PaymentMethod method = PaymentMethod.valueOf(rs.getString(1));
                    taken.put(method, new MethodLine(method, rs.getLong(2), new Money(rs.getBigDecimal(3))));
                });
        List<MethodLine> byMethod = new ArrayList<>();
        for (PaymentMethod method : PaymentMethod.values()) {
            if (method.isTakings()) {
                byMethod.add(taken.getOrDefault(method, new MethodLine(method, 0, Money.ZERO)));
            }
        }
        MethodLine sessions = taken.getOrDefault(PaymentMethod.PACKAGE,
                new MethodLine(PaymentMethod.PACKAGE, 0, Money.ZERO));
        List<InvoiceLine> invoices = invoices(day);
        List<CreditNoteLine> credits = creditNotes(day);
        return new TakingsReport(day, currency, byMethod, Money.sum(byMethod.stream().map(MethodLine::amount).toList()),
                invoices, Money.sum(invoices.stream().map(InvoiceLine::total).toList()), credits,
                Money.sum(credits.stream().map(CreditNoteLine::amount).toList()),
                new PackageSessions(sessions.count(), sessions.amount()));
    }

    /** The day's invoices in number order, each with its status and balance as they stand now. */
    private List<InvoiceLine> invoices(LocalDate day) {
        return jdbc.sql("""
                select i.id, i.number, i.total, i.client_id, c.full_name, i.reason,
                    coalesce(p.paid, 0) as paid, coalesce(n.credited, 0) as credited
                from invoice i join client c on c.id = i.client_id
                left join (select p.invoice_id, sum(p.amount) as paid from payment p
                           join invoice d on d.id = p.invoice_id and d.issued_on = :day
                           group by p.invoice_id) p on p.invoice_id = i.id
                left join (select n.invoice_id, sum(n.amount) as credited from credit_note n
                           join invoice d on d.id = n.invoice_id and d.issued_on = :day
                           group by n.invoice_id) n on n.invoice_id = i.id
                where i.issued_on = :day order by i.year, i.seq""")
                .param("day", day).query((rs, n) -> {
                    Money total = new Money(rs.getBigDecimal("total"));
                    Money paid = new Money(rs.getBigDecimal("paid"));
                    Money credited = new Money(rs.getBigDecimal("credited"));
                    String reason = rs.getString("reason");
                    return new InvoiceLine(rs.getObject("id", UUID.class), rs.getString("number"), total,
                            rs.getObject("client_id", UUID.class), rs.getString("full_name"),
                            InvoiceStatus.of(total, credited, paid),
                            total.minusAtMostZero(credited).minusAtMostZero(paid),
                            reason == null ? null : FeeReason.valueOf(reason));
                }).list();
    }

    private List<CreditNoteLine> creditNotes(LocalDate day) {
        return jdbc.sql("""
                select n.id, n.number, n.invoice_id, i.number as invoice_number, n.amount, n.reason
                from credit_note n join invoice i on i.id = n.invoice_id
                where n.issued_on = :day order by n.year, n.seq""")
                .param("day", day).query((rs, n) -> new CreditNoteLine(rs.getObject("id", UUID.class),
                        rs.getString("number"), rs.getObject("invoice_id", UUID.class), rs.getString("invoice_number"),
                        new Money(rs.getBigDecimal("amount")), rs.getString("reason"))).list();
    }
}
