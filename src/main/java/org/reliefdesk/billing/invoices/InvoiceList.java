package org.reliefdesk.billing.invoices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.InvoiceStatus;
import org.reliefdesk.billing.Money;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * Invoices by client, date and status, and a client's balance: each one query. The status is derived in SQL exactly
 * as {@link InvoiceStatus#of} derives it, so a filter by status pages correctly.
 */
@Component
class InvoiceList {

    /** {@code total}, {@code credited} and {@code paid} per invoice, then the status and balance derived from them. */
    private static final String FIGURES = """
            with figures as (
                select i.id, i.number, i.client_id, c.full_name, i.booking_id, i.issued_on, i.seq, i.year, i.total,
                       i.reason,
                       coalesce((select sum(n.amount) from credit_note n where n.invoice_id = i.id), 0) as credited,
                       coalesce((select sum(p.amount) from payment p where p.invoice_id = i.id), 0) as paid
                from invoice i join client c on c.id = i.client_id
                where %s
            ), derived as (
                select f.*,
                       case when f.total > 0 and f.credited >= f.total then 'CREDITED'
                            when greatest(f.total - f.credited, 0) <= f.paid then 'PAID'
                            when f.paid > 0 then 'PART_PAID'
                            else 'UNPAID' end as status,
                       greatest(greatest(f.total - f.credited, 0) - f.paid, 0) as balance,
                       greatest(f.paid - greatest(f.total - f.credited, 0), 0) as credit
                from figures f
            )
            """;

    /** One row of the list: the invoice's figures without its lines and payments (read those by id). */
    record Item(UUID id, String number, UUID clientId, String clientName,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID bookingId, LocalDate issuedOn, Money total, Money paid,
            Money credited, Money balance, InvoiceStatus status,
            @JsonInclude(JsonInclude.Include.NON_NULL) FeeReason reason) {
    }

    record Filter(UUID clientId, LocalDate from, LocalDate to, InvoiceStatus status) {
    }

    record Balance(Money owed, Money credit) {
    }

    private final JdbcClient jdbc;

    InvoiceList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; the total comes with the page (a window count), so one query per page. */
    Paged<Item> list(Filter filter, PageParams page) {
        List<String> where = new ArrayList<>(List.of("true"));
        if (filter.clientId() != null) {
            where.add("i.client_id = :client");
        }
        if (filter.from() != null) {
            where.add("i.issued_on >= :from");
        }
        if (filter.to() != null) {
            where.add("i.issued_on <= :to");
        }
        String sql = FIGURES.formatted(String.join(" and ", where)) + """
                select d.*, count(*) over () as full_count from derived d
                where (:status = '' or d.status = :status)
                order by d.issued_on desc, d.year desc, d.seq desc limit :limit offset :offset""";
        long[] total = {-1};
        List<Item> items = params(jdbc.sql(sql), filter).param("status", filter.status() == null ? ""
                : filter.status().name()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("full_count");
                    String reason = rs.getString("reason");
                    return new Item(rs.getObject("id", UUID.class), rs.getString("number"),
                            rs.getObject("client_id", UUID.class), rs.getString("full_name"),
                            rs.getObject("booking_id", UUID.class), rs.getObject("issued_on", LocalDate.class),
                            money(rs.getBigDecimal("total")), money(rs.getBigDecimal("paid")),
                            money(rs.getBigDecimal("credited")), money(rs.getBigDecimal("balance")),
                            InvoiceStatus.valueOf(rs.getString("status")),
                            reason == null ? null : FeeReason.valueOf(reason));
                }).list();
        return new Paged<>(items, page.page(), page.size(), total[0] >= 0 ? total[0]
                : count(filter, String.join(" and ", where)));
    }

    /** Only for an empty page (no row carried the count). */
    private long count(Filter filter, String where) {
        return params(jdbc.sql(FIGURES.formatted(where)
                + "select count(*) from derived d where (:status = '' or d.status = :status)"), filter)
                .param("status", filter.status() == null ? "" : filter.status().name()).query(Long.class).single();
    }

    /** What the client owes (open balances) and what credit notes gave back on invoices already paid. */
    Balance balance(UUID clientId) {
        return jdbc.sql(FIGURES.formatted("i.client_id = :client")
                        + "select coalesce(sum(balance), 0), coalesce(sum(credit), 0) from derived")
                .param("client", clientId)
                .query((rs, n) -> new Balance(money(rs.getBigDecimal(1)), money(rs.getBigDecimal(2)))).single();
    }

    private static StatementSpec params(StatementSpec spec, Filter filter) {
        if (filter.clientId() != null) {
            spec = spec.param("client", filter.clientId());
        }
        if (filter.from() != null) {
            spec = spec.param("from", filter.from());
        }
        if (filter.to() != null) {
            spec = spec.param("to", filter.to());
        }
        return spec;
    }

    private static Money money(java.math.BigDecimal value) {
        return new Money(value);
    }
}
