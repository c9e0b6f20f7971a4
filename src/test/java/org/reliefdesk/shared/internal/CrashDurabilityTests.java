package org.reliefdesk.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.reliefdesk.ReliefDeskApplication;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.TestData;

/**
 * The hard way: the whole application in a JVM of its own, booking under load from several clients, then the
 * JVM and every process of its PostgreSQL killed with SIGKILL at once. After a restart on the same data folder,
 * every booking that was answered 201 is there.
 */
class CrashDurabilityTests {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final int CLIENTS = 4;

    @TempDir
    Path dir;
    private Process application;

    @AfterEach
    void stopApplication() throws InterruptedException {
        if (application != null && application.isAlive()) {
            application.destroy();
            if (!application.waitFor(30, TimeUnit.SECONDS)) {
                application.destroyForcibly();
            }
        }
    }

    @Test
    void everyAcknowledgedBookingSurvivesAKillOfTheApplicationAndItsDatabase() throws Exception {
        Path data = dir.resolve("postgres");
        int port = start(data, "first");
        String adminToken = Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD)
                .post("/api/v1/tokens", null).json().get("token").asString();
        Api admin = Api.anonymous(port).bearer(adminToken);
        String location = location(admin);
        List<String[]> workers = new ArrayList<>();
        for (int w = 0; w < CLIENTS; w++) {
            workers.add(new String[] {therapist(admin, location), clearedClient(admin)});
        }

        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        String token = "Bearer " + adminToken;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int w = 0; w < CLIENTS; w++) {
            String[] worker = workers.get(w);
            LocalDate firstDay = LocalDate.now(ZONE).plusDays(30 + 200L * w);
            pool.submit(() -> book(port, token, location, worker, firstDay, acknowledged, stop));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 150);
        killEverything(data);
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(150);

        start(data, "second");
        DatabaseCredentials credentials = DatabaseCredentials.readFrom(data);
        int pgPort = embeddedPort("second");
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres");
        database.setUser("reliefdesk");
        database.setPassword(credentials.applicationPassword());
        try (Connection c = database.getConnection();
                PreparedStatement found = c.prepareStatement("select count(*) from booking where id = any (?)")) {
            Array ids = c.createArrayOf("uuid", acknowledged.toArray());
            found.setArray(1, ids);
            try (ResultSet rs = found.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("acknowledged bookings found after the crash")
                        .isEqualTo(acknowledged.size());
            }
        }
    }

    private static void book(int port, String authorization, String location, String[] worker, LocalDate firstDay,
            Set<UUID> acknowledged, AtomicBoolean stop) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int k = 0; !stop.get(); k++) {
            // 19 sessions a day, 75 minutes apart (60 + 15 buffer), from midnight
            ZonedDateTime start = ZonedDateTime.of(firstDay.plusDays(k / 19), LocalTime.MIDNIGHT, ZONE)
                    .plusMinutes(75L * (k % 19));
            String body = "{\"clientId\":\"" + worker[1] + "\",\"locationId\":\"" + location
                    + "\",\"serviceCode\":\"MEDICAL_MASSAGE_60\",\"start\":\"" + start.toOffsetDateTime()
                    + "\",\"therapistId\":\"" + worker[0] + "\"}";
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/bookings"))
                        .header("Authorization", authorization).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    String json = response.body();
                    int at = json.indexOf("\"id\":\"") + 6;
                    acknowledged.add(UUID.fromString(json.substring(at, at + 36)));
                }
            } catch (IOException e) {
                return; // the application is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** SIGKILL for the application's JVM, its PostgreSQL and every backend of it, all in one go. */
    private void killEverything(Path data) throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        List<String> command = new ArrayList<>(List.of("kill", "-KILL", Long.toString(application.pid()),
                Long.toString(postmaster)));
        ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::descendants)
                .forEach(p -> command.add(Long.toString(p.pid())));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
        assertThat(application.waitFor(30, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false));
    }

    private int start(Path data, String name) throws Exception {
        int port = freePort();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classpath, ReliefDeskApplication.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--reliefdesk.db.data-dir=" + data, "--reliefdesk.db.clean=false", "--reliefdesk.db.stop-on-close=true",
                "--reliefdesk.mail.outbox-dir=" + dir.resolve("outbox"), "--logging.level.org.reliefdesk=INFO")
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        Path log = dir.resolve(name + ".log");
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).until(() -> {
            assertThat(application.isAlive()).as("application running; see " + log).isTrue();
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200 && Files.readString(log).contains("Started ");
            } catch (IOException e) {
                return false; // not up yet
            }
        });
        return port;
    }

    private int embeddedPort(String name) throws IOException {
        try (Stream<String> lines = Files.lines(dir.resolve(name + ".log"))) {
            String line = lines.filter(l -> l.contains("Embedded PostgreSQL started on port")).findFirst().orElseThrow();
            return Integer.parseInt(line.replaceAll(".*started on port (\\d+).*", "$1"));
        }
    }

    private static String location(Api admin) {
        var response = admin.post("/api/v1/locations", Map.of("name", "Crash clinic", "timeZone", ZONE.getId(),
                "rooms", List.of(Map.of("name", "A"), Map.of("name", "B"), Map.of("name", "C"), Map.of("name", "D")),
                "equipment", List.of(), "bufferMinutes", 15, "lateCancelHours", 24));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String therapist(Api admin, String location) {
        var created = admin.post("/api/v1/therapists", Map.of("email", TestData.uniqueEmail("crash-therapist"),
                "password", TestData.PASSWORD, "fullName", "Crash Therapist",
                "licence", Map.of("number", "LMT-9", "region", "ME", "expiresOn", LocalDate.now().plusYears(5).toString()),
                "skills", List.of("MEDICAL_MASSAGE"), "locationId", location));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        List<Map<String, String>> weekly = Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                "SATURDAY", "SUNDAY").map(day -> Map.of("day", day, "start", "00:00", "end", "24:00")).toList();
        var hours = admin.put("/api/v1/therapists/" + id + "/hours", Map.of("locationId", location, "weekly", weekly));
        assertThat(hours.status()).as(hours.toString()).isEqualTo(200);
        return id;
    }

    private static String clearedClient(Api admin) {
        var created = admin.post("/api/v1/clients", Map.of("email", TestData.uniqueEmail("crash-client"),
                "fullName", "Crash Client", "dateOfBirth", "1985-06-15"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var intake = IntakeFixtures.submit(admin, id, IntakeFixtures.episodicTensionType());
        assertThat(intake.status()).as(intake.toString()).isEqualTo(201);
        assertThat(intake.text()).contains("CLEARED");
        return id;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
