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

    /**
     * Per invoice issued in the range: its visit's therapist; its service (a fee: none; a visit: the visit's; else,
     * e.g. a package sale, its first line's with one); what it counts. A PACKAGE payment is at most one per invoice
     * ({@code payment_package_once}), so it joins without aggregating.
     */
    static final String SOLD = """
            with credits as (
                select invoice_id, sum(amount) as amount from credit_note group by invoice_id
            ), sold as (
                select b.therapist_id,
                    case when i.reason is not null then null
                         when i.booking_id is not null then b.service_code
                         else (select l.service_code from invoice_line l
                               where l.invoice_id = i.id and l.service_code is not null order by l.position limit 1)
                    end as service_code,
                    greatest(i.total - coalesce(p.amount, 0) - coalesce(c.amount, 0), 0) as amount
                from invoice i left join booking b on b.id = i.booking_id
                left join payment p on p.invoice_id = i.id and p.method = 'PACKAGE'
                left join credits c on c.invoice_id = i.id
                where i.issued_on between :from and :to
            ), totals as (
                select grouping(service_code) as g_service, grouping(therapist_id) as g_therapist, service_code,
                    therapist_id, count(*) as invoices, coalesce(sum(amount), 0) as amount
                from sold group by grouping sets ((), (service_code), (therapist_id))
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
                select t.*, sv.name as service_name, u.full_name as therapist_name from totals t
                left join service sv on sv.code = t.service_code left join app_user u on u.id = t.therapist_id""")
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
