package org.reliefdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.reliefdesk.backup.internal.LogicalImport;
import org.reliefdesk.backup.internal.Manifest;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.reliefdesk.shared.MaintenanceDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A practice with clients, a booking and a signed note; a backup taken over the API while it runs; the
 * restore command into a new folder; and every table of the restored database equal, row for row, to the
 * backup (which holds those clients, bookings and notes).
 */
@IntegrationTest
class BackupRestoreTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Value("${reliefdesk.backup.folder}")
    Path folder;
    @TempDir
    Path temp;

    @Test
    void aBackupTakenOverTheApiRestoresIntoANewFolderWithEveryRow() throws Exception {
        Practice practice = aPracticeWithABookingAndASignedNote();
        Api admin = Scheduling.admin(port);

        var started = admin.post("/api/v1/admin/backups", null);
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().get("id").asString();
        JsonNode done = awaitDone(admin, id);
        assertThat(done.get("kind").asString()).isEqualTo("MANUAL");
        assertThat(done.get("sizeBytes").asLong()).isPositive();
        JsonNode listed = admin.get("/api/v1/admin/backups?size=200").json();
        assertThat(listed.get("total").asInt()).isPositive();
        assertThat(listed.get("page").asInt()).isZero();
        assertThat(listed.get("items").valueStream().map(b -> b.get("id").asString())).contains(id);

        Path file = folder.resolve("reliefdesk-backup-" + id + ".zip");
        Path restored = temp.resolve("postgres-restored");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = BackupRestore.run(new String[] {"--reliefdesk.restore.from=" + file,
            "--reliefdesk.db.data-dir=" + restored}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Restored", "session_note", "booking", "rows in", "loading");

        try (ZipFile archive = new ZipFile(file.toFile()); MaintenanceDatabase database = MaintenanceDatabase.start(restored);
                Connection c = database.superuser().getConnection()) {
            Manifest manifest = LogicalImport.manifest(archive);
            assertThat(manifest.tables()).extracting(Manifest.Table::name)
                    .contains("client", "booking", "session_note", "audit_event")
                    .doesNotContain("spring_session", "shedlock", "flyway_schema_history");
            for (Manifest.Table table : manifest.tables()) {
                assertThat(sortedRows(c, table)).as(table.name()).isEqualTo(sortedRows(archive, table));
            }
            assertThat(single(c, "select max(version::int)::text from flyway_schema_history"))
                    .isEqualTo(manifest.schemaVersion());
            assertThat(single(c, "select full_name from client where id = '" + practice.clientId() + "'"))
                    .isEqualTo("Test Client");
            assertThat(single(c, "select status from booking where id = '" + practice.bookingId() + "'")).isEqualTo("BOOKED");
            assertThat(single(c, "select subjective from session_note where booking_id = '" + practice.pastSession()
                    + "' and signed_at is not null")).startsWith("Two migraines");
            assertThat(single(c, "select count(*) from pg_tables where schemaname = 'public'"
                    + " and tableowner not in ('reliefdesk', 'reliefdesk_audit')")).as("tables the application does not own")
                    .isEqualTo("0");
            // sequences carry on past the restored rows
            long maxAudit = Long.parseLong(single(c, "select coalesce(max(id), 0) from audit_event"));
            assertThat(Long.parseLong(single(c, "select nextval('audit_event_id_seq')"))).isGreaterThan(maxAudit);
        }

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(BackupRestore.run(new String[] {"--reliefdesk.restore.from=" + file, "--reliefdesk.db.data-dir=" + restored},
                new PrintStream(again, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("Restore refused", "is not empty");
    }

    @Test
    void refusesAFileThatIsNoBackup() {
        assertThatThrownBy(() -> BackupRestore.restore(temp.resolve("missing.zip"), temp.resolve("pg")))
                .isInstanceOf(BackupRestore.Refused.class).hasMessageContaining("no backup file");
    }

    @Test
    void onlyAnAdministratorSeesOrTakesBackups() {
        Api anonymous = Api.anonymous(port);
        String therapist = TestData.createStaff(anonymous, "THERAPIST");
        String frontDesk = TestData.createStaff(anonymous, "FRONT_DESK");
        String client = TestData.uniqueEmail("client");
        TestData.registerClient(anonymous, client);
        for (String email : List.of(therapist, frontDesk, client)) {
            Api api = anonymous.as(email, TestData.PASSWORD);
            assertThat(api.get("/api/v1/admin/backups").status()).isEqualTo(403);
            assertThat(api.post("/api/v1/admin/backups", null).status()).isEqualTo(403);
            assertThat(api.get("/api/v1/admin/backups/20261205T023000000Z-manual").status()).isEqualTo(403);
        }
        assertThat(anonymous.get("/api/v1/admin/backups").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/admin/backups", null).status()).isEqualTo(401);
        var unknown = Scheduling.admin(port).get("/api/v1/admin/backups/20000101T000000000Z-manual");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).contains("problem+json");
    }

    record Practice(String clientId, String bookingId, UUID pastSession) {
    }

    private Practice aPracticeWithABookingAndASignedNote() {
        JsonNode location = Scheduling.location(port, "UTC", 2, 1, 15);
        String locationId = location.get("id").asString();
        String therapistId = Scheduling.therapist(port, locationId, List.of("MEDICAL_MASSAGE"),
                LocalDate.now().plusYears(1), "08:00", "18:00");
        String[] client = Scheduling.clearedClient(port);
        var booked = Scheduling.admin(port).post("/api/v1/bookings", Map.of("clientId", client[1], "locationId", locationId,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", LocalDate.now().plusDays(10) + "T10:00:00Z",
                "therapistId", therapistId));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        String therapistEmail = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        UUID past = PastSessions.with(jdbc, client[1], LocalDate.now().minusDays(1), "BOOKED", therapistEmail);
        Api therapist = Api.anonymous(port).as(therapistEmail, TestData.PASSWORD);
        String note = "/api/v1/bookings/" + past + "/note";
        assertThat(therapist.post(note, Map.of("subjective", "Two migraines since last visit.", "objective", "Tight trapezius.",
                "assessment", "Myofascial.", "plan", "Repeat in a week.", "painBefore", 5, "painAfter", 2,
                "techniquesUsed", List.of(Map.of("technique", "KNEADING", "area", "SHOULDERS", "minutes", 20)))).status())
                .isEqualTo(201);
        assertThat(therapist.post(note + "/sign", null).status()).isEqualTo(200);
        return new Practice(client[1], booked.json().get("id").asString(), past);
    }

    private static JsonNode awaitDone(Api admin, String id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var state = admin.get("/api/v1/admin/backups/" + id);
            assertThat(state.status()).isEqualTo(200);
            JsonNode json = state.json();
            assertThat(json.get("status").asString()).isNotEqualTo("FAILED");
            return json;
        }, json -> json.get("status").asString().equals("DONE"));
    }

    private static List<String> sortedRows(Connection c, Manifest.Table table) throws Exception {
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy \"" + table.name() + "\" ("
                + String.join(", ", table.columns().stream().map(col -> '"' + col + '"').toList()) + ") to stdout", rows);
        return sorted(rows.toByteArray());
    }

    private static List<String> sortedRows(ZipFile archive, Manifest.Table table) throws Exception {
        try (InputStream in = archive.getInputStream(archive.getEntry(table.file()))) {
            return sorted(in.readAllBytes());
        }
    }

    private static List<String> sorted(byte[] copy) {
        String text = new String(copy, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : Arrays.stream(text.split("\n")).sorted().toList();
    }

    private static String single(Connection c, String sql) throws Exception {
        try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
