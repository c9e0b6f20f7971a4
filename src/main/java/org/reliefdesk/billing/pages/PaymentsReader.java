package org.reliefdesk.billing.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.pages.ClientPayments.InvoiceRow;
import org.reliefdesk.billing.pages.ClientPayments.PackageRow;
import org.reliefdesk.clients.Client;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a client's invoices (one query, with their payments and credit notes summed) and packages (one query). */
@Component
class PaymentsReader {

    private final JdbcClient jdbc;
    private final Practice practice;

    PaymentsReader(JdbcClient jdbc, Practice practice) {
        this.jdbc = jdbc;
        this.practice = practice;
    }

    @Transactional(readOnly = true)
    ClientPayments of(Client client) {
        return new ClientPayments(client.id(), client.fullName(), practice.currency(), invoices(client.id()),
                packages(client.id()));
    }

    List<InvoiceRow> invoices(UUID clientId) {
        return jdbc.sql("""
                select i.id, i.number, i.issued_on, i.total, i.reason,
                    coalesce((select sum(p.amount) from payment p where p.invoice_id = i.id), 0) as paid,
                    coalesce((select sum(c.amount) from credit_note c where c.invoice_id = i.id), 0) as credited
                from invoice i where i.client_id = :client order by i.issued_on desc, i.year desc, i.seq desc""")
                .param("client", clientId)
                .query((rs, n) -> new InvoiceRow(rs.getObject("id", UUID.class), rs.getString("number"),
                        rs.getObject("issued_on", LocalDate.class), Money.of(rs.getBigDecimal("total")),
                        Money.of(rs.getBigDecimal("paid")), Money.of(rs.getBigDecimal("credited")),
                        rs.getString("reason") == null ? null : FeeReason.valueOf(rs.getString("reason"))))
                .list();
    }

    List<PackageRow> packages(UUID clientId) {
        return jdbc.sql("""
                select id, name, sessions, used, expires_on from client_package
                where client_id = :client order by expires_on desc, name""")
                .param("client", clientId)
                .query((rs, n) -> new PackageRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getInt("sessions"), rs.getInt("used"), rs.getObject("expires_on", LocalDate.class)))
                .list();
    }
}
