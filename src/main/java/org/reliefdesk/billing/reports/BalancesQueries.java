package org.reliefdesk.billing.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.reports.BalancesReport.Line;
import org.reliefdesk.shared.PageParams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The balances report's reads: each invoice's open balance (total less credit notes less payments, at least 0). */
@Component
class BalancesQueries {

    static final String OWING = """
            with credits as (
                select invoice_id, sum(amount) as amount from credit_note group by invoice_id
            ), payments as (
                select invoice_id, sum(amount) as amount from payment group by invoice_id
            ), open as (
                select i.client_id, i.issued_on,
                    greatest(i.total - coalesce(c.amount, 0) - coalesce(p.amount, 0), 0) as owed
                from invoice i left join credits c on c.invoice_id = i.id left join payments p on p.invoice_id = i.id
            ), owing as (
                select client_id, sum(owed) as owed, count(*) filter (where owed > 0) as open_invoices,
                    min(issued_on) filter (where owed > 0) as oldest
                from open group by client_id having sum(owed) > 0
            )
            """;

    private final JdbcClient jdbc;

    BalancesQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the clients who owe, largest first, then by name; {@code null} paging gives every one. */
    BalancesReport owing(PageParams paging, String currency) {
        record Summary(long clients, Money owed) {
        }
        Summary summary = jdbc.sql(OWING + "select count(*), coalesce(sum(owed), 0) from owing")
                .query((rs, n) -> new Summary(rs.getLong(1), new Money(rs.getBigDecimal(2)))).single();
        List<Line> lines = jdbc.sql(OWING + """
                select o.client_id, c.full_name, o.owed, o.open_invoices, o.oldest
                from owing o join client c on c.id = o.client_id
                order by o.owed desc, c.full_name, o.client_id limit :limit offset :offset""")
                .param("limit", paging == null ? Integer.MAX_VALUE : paging.size())
                .param("offset", paging == null ? 0 : paging.offset())
                .query((rs, n) -> new Line(rs.getObject("client_id", UUID.class), rs.getString("full_name"),
                        new Money(rs.getBigDecimal("owed")), rs.getLong("open_invoices"),
                        rs.getObject("oldest", LocalDate.class))).list();
        return new BalancesReport(lines, paging == null ? 0 : paging.page(),
                paging == null ? lines.size() : paging.size(), summary.clients(), summary.owed(), currency);
    }
}
