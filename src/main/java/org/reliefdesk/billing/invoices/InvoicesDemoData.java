package org.reliefdesk.billing.invoices;


import java.time.Instant;




import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.shared.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A waived no-show fee in the demo practice: a demo client's past no-show (the appointment book's demo makes one last
 * week), its fee invoice at the demo location's no-show fee (40.00 unless set), and the credit
 * note that waives it with a reason. Seeding twice adds nothing.
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class InvoicesDemoData implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(InvoicesDemoData.class);
    static final String LOCATION = "Harbour Street Clinic";
    static final String WAIVER = "Waived: first missed visit; the client phoned the same afternoon";

    private final JdbcClient jdbc;
    private final Fees fees;
    private final CreditNotes creditNotes;
    private final TransactionOperations tx;

    InvoicesDemoData(JdbcClient jdbc, Fees fees, CreditNotes creditNotes, TransactionOperations tx) {
        this.jdbc = jdbc;
        this.fees = fees;
        this.creditNotes = creditNotes;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void seed() {
        UUID location = jdbc.sql("select id from location where name = :name order by created_at limit 1")
                .param("name", LOCATION).query(UUID.class).optional().orElse(null);
        if (location == null || waived()) {
            return;
        }
        jdbc.sql("update location set no_show_fee = '40.00' where id = :id and no_show_fee = 0").param("id", location)
                .update();
        Optional<NoShow> noShow = noShow(location);
        noShow.ifPresent(n -> tx.executeWithoutResult(s -> {
            UUID invoice = fees.raise(n.booking(), n.client(), location, n.start(), FeeReason.NO_SHOW_FEE)
                    .map(Invoice::id).orElseGet(() -> feeOf(n.booking()));
            if (invoice != null) {
                creditNotes.issue(invoice, WAIVER, null, null);
                log.info("Demo: a no-show fee waived with a credit note");
            }
        }));
    }

    private boolean waived() {
        return jdbc.sql("""
                select exists (select 1 from credit_note n join invoice i on i.id = n.invoice_id
                               join client c on c.id = i.client_id
                               where i.reason = 'NO_SHOW_FEE' and c.email like '%@demo.reliefdesk.local')""")
                .query(Boolean.class).single();
    }

    private record NoShow(UUID booking, UUID client, Instant start) {
    }

    private Optional<NoShow> noShow(UUID location) {
        return jdbc.sql("""
                select b.id, b.client_id, b.starts_at from booking b join client c on c.id = b.client_id
                where b.location_id = :location and b.status = 'NO_SHOW' and c.email like '%@demo.reliefdesk.local'
                order by b.starts_at limit 1""").param("location", location)
                .query((rs, n) -> new NoShow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant())).optional();
    }

    private UUID feeOf(UUID booking) {
        return jdbc.sql("select id from invoice where booking_id = :id and reason = 'NO_SHOW_FEE'")
                .param("id", booking).query(UUID.class).optional().orElse(null);
    }
}
