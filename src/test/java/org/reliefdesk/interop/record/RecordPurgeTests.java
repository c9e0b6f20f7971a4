package org.reliefdesk.interop.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention purge, with the clock moved past retention (the job's {@code purge(now)}): nothing before it; after it
 * the clinical record is gone, the client de-identified, bookings and the practice's counts kept, an audit row written.
 */
@IntegrationTest
class RecordPurgeTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordPurge purge;

    /** A client with a full clinical record, closed by the administrator; returns {clientId, bookingId}. */
    String[] closedClientWithARecord() {
        String[] client = Scheduling.clearedClient(port);
        UUID booking = ClinicalRecordFixture.fill(jdbc, client[1], TestData.ADMIN_EMAIL);
        var closed = Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD)
                .post("/api/v1/clients/" + client[1] + "/close", Map.of("reason", "Asked by the client"));
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        return new String[] {client[1], booking.toString()};
    }

    Instant purgeAfter(String clientId) {
        return jdbc.sql("select purge_after from client where id = cast(:id as uuid)").param("id", clientId)
                .query(java.time.OffsetDateTime.class).single().toInstant();
    }

    @Test
    void beforeRetentionNothingIsDeleted() {
        String[] closed = closedClientWithARecord();
        long rows = ClinicalRecordFixture.rows(jdbc, closed[0]);

        List<UUID> purged = purge.purge(purgeAfter(closed[0]).minusSeconds(60));

        assertThat(purged).doesNotContain(UUID.fromString(closed[0]));
        assertThat(ClinicalRecordFixture.rows(jdbc, closed[0])).isEqualTo(rows).isEqualTo(ClinicalRecord.DELETED.size());
    }

    @Test
    void afterRetentionTheClinicalRecordIsGoneAndOnlyDeidentifiedRowsStay() {
        String[] closed = closedClientWithARecord();
        String location = jdbc.sql("select location_id from booking where id = cast(:id as uuid)")
                .param("id", closed[1]).query(String.class).single();
        Api admin = Scheduling.admin(port);
        String report = "/api/v1/reports/operations?locationId=" + location + "&from=" + LocalDate.now().minusDays(30)
                + "&to=" + LocalDate.now();
        var before = admin.get(report);
        assertThat(before.status()).as(before.text()).isEqualTo(200);

        List<UUID> purged = purge.purge(purgeAfter(closed[0]).plusSeconds(86_400));

        assertThat(purged).contains(UUID.fromString(closed[0]));
        assertThat(ClinicalRecordFixture.rows(jdbc, closed[0])).isZero();
        var client = jdbc.sql("select full_name, email, phone, date_of_birth, purged_at from client"
                + " where id = cast(:id as uuid)").param("id", closed[0]).query().singleRow();
        assertThat(client.get("full_name")).isEqualTo("Former client");
        assertThat((String) client.get("email")).startsWith("purged-").endsWith("@invalid");
        assertThat(client.get("phone")).isNull();
        assertThat(client.get("date_of_birth").toString()).isEqualTo("1985-01-01");
        assertThat(client.get("purged_at")).isNotNull();
        var user = jdbc.sql("select u.full_name, u.email, u.password_hash, u.enabled from app_user u join client c"
                + " on c.user_id = u.id where c.id = cast(:id as uuid)").param("id", closed[0]).query().singleRow();
        assertThat(user.get("password_hash")).isNull();
        assertThat(user.get("enabled")).isEqualTo(false);
        assertThat((String) user.get("email")).endsWith("@invalid");
        var booking = jdbc.sql("select status, cancel_note from booking where id = cast(:id as uuid)")
                .param("id", closed[1]).query().singleRow();
        assertThat(booking.get("status")).as("the booking stays, counted").isEqualTo("COMPLETED");
        assertThat(booking.get("cancel_note")).isNull();
        var after = admin.get(report);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json()).isEqualTo(before.json());
        assertThat(admin.get("/api/v1/reports/practice").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/reports/practice.csv").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'RECORD_PURGED'"
                + " and client_id = cast(:id as uuid)").param("id", closed[0]).query(Long.class).single()).isEqualTo(1);
        assertThat(admin.get("/api/v1/clients?query=Former").json().get("items").findValuesAsString("id"))
                .doesNotContain(closed[0]);
    }

    @Test
    void twoRunsAtOnceDeleteEachRecordOnceAndNeitherFails() throws Exception {
        String[] first = closedClientWithARecord();
        String[] second = closedClientWithARecord();
        Instant now = purgeAfter(second[0]).plusSeconds(86_400);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<UUID>>> runs = List.of(() -> purge.purge(now), () -> purge.purge(now));
            List<UUID> all = new ArrayList<>();
            for (Future<List<UUID>> run : pool.invokeAll(runs)) {
                all.addAll(run.get());
            }
            Set<UUID> distinct = new HashSet<>(all);
            assertThat(all).hasSameSizeAs(distinct);
            assertThat(distinct).contains(UUID.fromString(first[0]), UUID.fromString(second[0]));
        } finally {
            pool.shutdown();
        }
        for (String[] closed : List.of(first, second)) {
            assertThat(ClinicalRecordFixture.rows(jdbc, closed[0])).isZero();
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'RECORD_PURGED'"
                    + " and client_id = cast(:id as uuid)").param("id", closed[0]).query(Long.class).single())
                    .isEqualTo(1);
        }
    }

    @Test
    void theTriggersStillRefuseDeletingASignedNoteOutsideThePurge() {
        String[] client = Scheduling.clearedClient(port);
        ClinicalRecordFixture.fill(jdbc, client[1], TestData.ADMIN_EMAIL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from session_note_amendment"
                + " where note_id in (select id from session_note where client_id = cast(:c as uuid));"
                + " delete from session_note where client_id = cast(:c as uuid)").param("c", client[1]).update())
                .hasMessageContaining("is signed");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "delete from plan_block where plan_id in (select id from plan where client_id = cast(:c as uuid))")
                .param("c", client[1]).update()).hasMessageContaining("frozen");
    }

    @Test
    void everyTableWithAClientIsEitherDeletedOrKeptOnPurpose() {
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'client_id'""").query(String.class).list();
        List<String> decided = new ArrayList<>(ClinicalRecord.KEPT);
        ClinicalRecord.DELETED.forEach(t -> decided.add(t[0]));
        assertThat(decided).containsAll(tables);
    }
}
