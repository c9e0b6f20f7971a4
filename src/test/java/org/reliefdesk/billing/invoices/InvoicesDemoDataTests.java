package org.reliefdesk.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.billing.InvoiceStatus;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** The demo's waived no-show fee: a fee invoice credited in full with a reason, seeded once. */
@IntegrationTest
class InvoicesDemoDataTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fees fees;
    @Autowired
    CreditNotes creditNotes;
    @Autowired
    Invoices invoices;
    @Autowired
    TransactionOperations tx;
    @Autowired
    Clock clock;

    @Test
    void aWaivedNoShowFeeSeededOnce() {
        UUID location = jdbc.sql("select id from location where name = :name order by created_at limit 1")
                .param("name", InvoicesDemoData.LOCATION).query(UUID.class).optional().orElseGet(this::demoLocation);
        String client = TestData.registerClient(Api.anonymous(port), "demo-" + TestData.uniqueEmail("i").substring(0, 12)
                + "@demo.reliefdesk.local");
        missed(location, UUID.fromString(client));
        InvoicesDemoData demo = new InvoicesDemoData(jdbc, fees, creditNotes, tx);
        demo.seed();
        demo.seed();
        List<UUID> waived = jdbc.sql("""
                select i.id from invoice i join credit_note n on n.invoice_id = i.id join client c on c.id = i.client_id
                where i.reason = 'NO_SHOW_FEE' and c.email like '%@demo.reliefdesk.local'""").query(UUID.class).list();
        assertThat(waived).hasSize(1);
        var invoice = invoices.find(waived.get(0)).orElseThrow();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.CREDITED);
        assertThat(invoice.creditNotes().get(0).reason()).isEqualTo(InvoicesDemoData.WAIVER);
        assertThat(invoice.total().isZero()).isFalse();
        assertThat(jdbc.sql("select no_show_fee::text from location where id = :id").param("id", location)
                .query(String.class).single()).isNotEqualTo("0.00");
    }

    /** What the appointment book's demo makes: a demo client's visit last week, marked a no-show. */
    private void missed(UUID location, UUID client) {
        Instant start = clock.instant().minus(Duration.ofDays(9)).truncatedTo(ChronoUnit.HOURS);
        jdbc.sql("""
                insert into booking (client_id, location_id, service_code, therapist_id, room_id, starts_at, ends_at,
                    held_until, status, screening_status, past_visit)
                select :client, :location, 'MEDICAL_MASSAGE_60', t.id,
                       (select r.id from room r where r.location_id = :location order by r.position limit 1),
                       :start, :end, :end, 'NO_SHOW', 'CLEARED', true
                from therapist t where t.location_id = :location order by t.id limit 1""")
                .param("client", client).param("location", location).param("start", Timestamp.from(start))
                .param("end", Timestamp.from(start.plus(Duration.ofHours(1)))).update();
    }

    /** The demo location with a room and a therapist, when no other test made it. */
    private UUID demoLocation() {
        String id = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        Scheduling.therapist(port, id, List.of("MEDICAL_MASSAGE"), LocalDate.now().plusYears(1), "09:00", "17:00");
        jdbc.sql("update location set name = :name where id = :id::uuid").param("name", InvoicesDemoData.LOCATION)
                .param("id", id).update();
        return UUID.fromString(id);
    }
}
