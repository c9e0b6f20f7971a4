package org.reliefdesk.billing.invoices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.shared.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A waived no-show fee in the demo practice: a demo client's past no-show (today's from the appointment book, or one
 * made nine days ago at 07:00), its fee invoice at the demo location's no-show fee (40.00 unless set), and the credit
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
    private final Clock clock;

    InvoicesDemoData(JdbcClient jdbc, Fees fees, CreditNotes creditNotes, TransactionOperations tx, Clock clock) {
        this.jdbc = jdbc;
        this.fees = fees;
        this.creditNotes = creditNotes;
        this.tx = tx;
        this.clock = clock;
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
        Optional<NoShow> noShow = noShow(location).or(() -> makeNoShow(location));
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

    /** A demo client's session nine days ago at 07:00 (before the day's book) that they missed. */
    private Optional<NoShow> makeNoShow(UUID location) {
        try {
            String zone = jdbc.sql("select time_zone from location where id = :id").param("id", location)
                    .query(String.class).single();
            LocalDate day = LocalDate.now(clock.withZone(ZoneId.of(zone))).minusDays(9);
            Instant start = ZonedDateTime.of(day, LocalTime.of(7, 0), ZoneId.of(zone)).toInstant();
            UUID client = jdbc.sql("""
                    select id from client where email like '%@demo.reliefdesk.local'
                    order by email = 'jordan.lee@demo.reliefdesk.local' desc, email limit 1""")
                    .query(UUID.class).single();
            UUID booking = jdbc.sql("""
                    insert into booking (client_id, location_id, service_code, therapist_id, room_id, starts_at,
                        ends_at, held_until, status, screening_status)
                    select :client, :location, 'MEDICAL_MASSAGE_60', t.id,
                           (select r.id from room r where r.location_id = :location order by r.position limit 1),
                           :start, :end, :end, 'NO_SHOW', 'CLEARED'
                    from therapist t where t.location_id = :location order by t.id limit 1
                    returning id""")
                    .param("client", client).param("location", location).param("start", Timestamp.from(start))
                    .param("end", Timestamp.from(start.plusSeconds(3600))).query(UUID.class).single();
            return Optional.of(new NoShow(booking, client, start));
        } catch (DataAccessException e) {
            log.info("Demo no-show not made: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private UUID feeOf(UUID booking) {
        return jdbc.sql("select id from invoice where booking_id = :id and reason = 'NO_SHOW_FEE'")
                .param("id", booking).query(UUID.class).optional().orElse(null);
    }
}
