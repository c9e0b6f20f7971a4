package org.reliefdesk.billing.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.reports.RevenueReport.ServiceLine;
import org.reliefdesk.billing.reports.RevenueReport.TherapistLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The revenue report's read: one statement, aggregated in PostgreSQL by grouping sets (the total, by service, by
 * therapist), whatever the range. Each invoice counts {@code total - PACKAGE payments - credit notes} (at least 0.00).
 */
@Component
class RevenueQueries {

    static final String SOLD = """
            with inv as (
                select id, booking_id, reason, total from invoice where issued_on between :from and :to
            ), sessions as (
                select p.invoice_id, sum(p.amount) as amount from payment p join inv on inv.id = p.invoice_id
                where p.method = 'PACKAGE' group by p.invoice_id
            ), credits as (
                select n.invoice_id, sum(n.amount) as amount from credit_note n join inv on inv.id = n.invoice_id
                group by n.invoice_id
            ), services as (
                select distinct on (l.invoice_id) l.invoice_id, l.service_code
                from invoice_line l join inv on inv.id = l.invoice_id
                where l.service_code is not null order by l.invoice_id, l.position
            ), sold as (
                select b.therapist_id,
                    case when inv.reason is null then coalesce(s.service_code, b.service_code) end as service_code,
                    greatest(inv.total - coalesce(p.amount, 0) - coalesce(c.amount, 0), 0) as amount
                from inv left join booking b on b.id = inv.booking_id
                left join sessions p on p.invoice_id = inv.id
                left join credits c on c.invoice_id = inv.id
                left join services s on s.invoice_id = inv.id
            )
            """;

    private final JdbcClient jdbc;

    RevenueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RevenueReport range(LocalDate from, LocalDate to, String currency) {
        List<ServiceLine> services = new ArrayList<>();
        List<TherapistLine> therapists = new ArrayList<>();
        long[] count = {0};
        Money[] total = {Money.ZERO};
        jdbc.sql(SOLD + """
                select grouping(sold.service_code) as g_service, grouping(sold.therapist_id) as g_therapist,
                    sold.service_code, sv.name as service_name, sold.therapist_id, u.full_name as therapist_name,
                    count(*) as invoices, coalesce(sum(sold.amount), 0) as amount
                from sold left join service sv on sv.code = sold.service_code
                left join app_user u on u.id = sold.therapist_id
                group by grouping sets ((), (sold.service_code, sv.name), (sold.therapist_id, u.full_name))""")
                .param("from", from).param("to", to).query(rs -> {
                    Money amount = new Money(rs.getBigDecimal("amount"));
                    long invoices = rs.getLong("invoices");
                    if (rs.getInt("g_service") == 0) {
                        services.add(new ServiceLine(rs.getString("service_code"), rs.getString("service_name"),
                                invoices, amount));
                    } else if (rs.getInt("g_therapist") == 0) {
                        therapists.add(new TherapistLine(rs.getObject("therapist_id", UUID.class),
                                rs.getString("therapist_name"), invoices, amount));
                    } else {
                        count[0] = invoices;
                        total[0] = amount;
                    }
                });
        services.sort(Comparator.comparing((ServiceLine s) -> s.serviceCode() == null)
                .thenComparing(ServiceLine::amount, Comparator.reverseOrder())
                .thenComparing(ServiceLine::serviceCode, Comparator.nullsLast(Comparator.naturalOrder())));
        therapists.sort(Comparator.comparing((TherapistLine t) -> t.therapistId() == null)
                .thenComparing(TherapistLine::amount, Comparator.reverseOrder())
                .thenComparing(TherapistLine::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return new RevenueReport(from, to, currency, total[0], count[0], services, therapists);
    }
}
