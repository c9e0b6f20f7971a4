import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ReliefDesk's scheduling benchmarks, against a running application over loopback HTTP with API
 * tokens (one kept-alive connection per client thread). Run through the scripts beside this file (they start
 * the packaged jar); JDK only.
 *   java bench/Bench.java availability  BASE ADMIN_EMAIL ADMIN_PASSWORD
 *   java bench/Bench.java setup-throughput BASE ADMIN_EMAIL ADMIN_PASSWORD WORKERS STATE_FILE
 *   java bench/Bench.java book-one BASE STATE_FILE MINUTES_OFFSET
 *   java bench/Bench.java throughput BASE STATE_FILE WORKERS SECONDS FIRST_DAY
 *   java bench/Bench.java contention BASE ADMIN_EMAIL ADMIN_PASSWORD
 *   java bench/Bench.java backup BASE ADMIN_EMAIL ADMIN_PASSWORD   (-Dbench.fill-only=true: availability only fills)
 *   java bench/Bench.java appointment-book BASE ADMIN_EMAIL ADMIN_PASSWORD
 */
public class Bench {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[1];
        switch (args[0]) {
            case "availability" -> availability(token(args[2], args[3]));
            case "setup-throughput" -> setupThroughput(token(args[2], args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
            case "book-one" -> bookOne(Path.of(args[2]), Integer.parseInt(args[3]));
            case "throughput" -> throughput(Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
            case "contention" -> contention(token(args[2], args[3]));
            case "backup" -> backup(token(args[2], args[3]));
            case "appointment-book" -> appointmentBook(token(args[2], args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------- (a) availability

    static void availability(String admin) throws Exception {
        Random random = new Random(20261201L);
        String location = location(admin, "Bench availability", 20, 2);
        List<String> therapists = therapists(admin, location, 20, "09:00", "17:00");
        List<String> clients = clients(admin, 150);
        LocalDate first = LocalDate.now(ZONE).plusDays(1);
        int days = 30;
        boolean[][][] taken = new boolean[20][days][40];
        List<List<Long>> clientStarts = new ArrayList<>();
        clients.forEach(c -> clientStarts.add(new ArrayList<>()));
        int placed = 0;
        int refused = 0;
        long t0 = System.nanoTime();
        while (placed < 2400) {
            int t = random.nextInt(20);
            int d = random.nextInt(days);
            int cell = random.nextInt(29);
            if (!free(taken[t][d], cell)) {
                continue;
            }
            ZonedDateTime start = ZonedDateTime.of(first.plusDays(d), LocalTime.of(9, 0).plusMinutes(15L * cell), ZONE);
            int c = random.nextInt(clients.size());
            long s = start.toEpochSecond();
            if (clientStarts.get(c).stream().anyMatch(o -> Math.abs(o - s) < 3600)) {
                continue;
            }
            int status = post(admin, "/api/v1/bookings", booking(clients.get(c), location, start, therapists.get(t))).status;
            if (status == 201) {
                for (int k = cell; k < cell + 5 && k < 40; k++) {
                    taken[t][d][k] = true;
                }
                clientStarts.get(c).add(s);
                placed++;
            } else {
                refused++;
            }
        }
        System.out.printf("placed 2400 bookings (60 min + 15 min buffer) in %.1f s, %d refused%n",
                (System.nanoTime() - t0) / 1e9, refused);
        if (Boolean.getBoolean("bench.fill-only")) {
            return;
        }
        String[] kinds = {"30-day, all therapists", "30-day, one therapist", "1-day, all therapists", "1-day, one therapist"};
        List<List<Long>> timings = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            timings.add(new ArrayList<>());
        }
        int newBookings = 0;
        int slotsSeen = 0;
        int slotsAtStart = 0;
        // Warm-up: a server that has been up a while has compiled its hot code and moved its long-lived objects
        // (caches filled at start) out of the young generation; until then every young collection copies them.
        int warmUp = Integer.getInteger("bench.warmup", 2000);
        int measured = Integer.getInteger("bench.measured", 4000); // 1,000 of each kind: p99 is the 10th slowest
        for (int i = 0; i < warmUp + measured; i++) {
            int kind = i % 4;
            String path = availabilityPath(random, location, therapists, first, days, kind);
            long q0 = System.nanoTime();
            Response r = get(admin, path);
            long elapsed = System.nanoTime() - q0;
            if (r.status != 200) {
                throw new IllegalStateException("availability answered " + r.status + ": " + r.body);
            }
            if (i >= warmUp) {
                timings.get(kind).add(elapsed);
            }
            if (kind == 0) {
                slotsSeen = count(r.body, "\"therapistId\"");
                slotsAtStart = i == warmUp ? slotsSeen : slotsAtStart;
            }
            if (i >= warmUp && i % 8 == 7) { // the calendar fills only while measuring, as it always did
                newBookings += bookFirstOffered(admin, r.body, location, clients, random) ? 1 : 0;
            }
        }
        System.out.printf("%d warm-up queries, then %d measured, interleaved with %d new bookings; a 30-day "
                + "all-therapist answer lists ~%d slots at the start of measuring, ~%d at the end%n", warmUp, measured,
                newBookings, slotsAtStart, slotsSeen);
        for (int k = 0; k < 4; k++) {
            System.out.printf("  %-24s p50 %6.2f ms   p99 %6.2f ms   (n=%d)%n", kinds[k], pct(timings.get(k), 50),
                    pct(timings.get(k), 99), timings.get(k).size());
        }
        if (Boolean.getBoolean("bench.slowest")) {
            List<Long> sorted = new ArrayList<>(timings.get(0));
            sorted.sort(null);
            System.out.println("slowest 30-day all-therapist answers (ms): " + sorted.subList(sorted.size() - 10, sorted.size())
                    .stream().map(n -> String.format("%.1f", n / 1e6)).toList());
        }
        double bar = pct(timings.get(0), 99);
        System.out.printf("BAR p99(30-day, all therapists) <= 20 ms: %.2f ms -> %s%n", bar, bar <= 20 ? "MET" : "MISSED");
    }

    /** A session plus buffer takes five quarter-hour cells; all must be free. */
    static boolean free(boolean[] cells, int cell) {
        for (int k = cell; k < cell + 5 && k < cells.length; k++) {
            if (cells[k]) {
                return false;
            }
        }
        return true;
    }

    static String availabilityPath(Random random, String location, List<String> therapists, LocalDate first, int days,
            int kind) {
        boolean month = kind < 2;
        LocalDate from = month ? first.plusDays(random.nextInt(3)) : first.plusDays(random.nextInt(days));
        LocalDate to = month ? from.plusDays(29) : from;
        String path = "/api/v1/availability?locationId=" + location + "&serviceCode=MEDICAL_MASSAGE_60&from=" + from
                + "&to=" + to;
        return kind % 2 == 1 ? path + "&therapistId=" + therapists.get(random.nextInt(therapists.size())) : path;
    }

    static boolean bookFirstOffered(String admin, String body, String location, List<String> clients, Random random)
            throws Exception {
        Matcher m = Pattern.compile("\"start\":\"([^\"]+)\",\"end\":\"[^\"]+\",\"therapistId\":\"([^\"]+)\"").matcher(body);
        List<String[]> offered = new ArrayList<>();
        while (m.find()) {
            offered.add(new String[] {m.group(1), m.group(2)});
        }
        if (offered.isEmpty()) {
            return false;
        }
        String[] pick = offered.get(random.nextInt(offered.size()));
        String json = "{\"clientId\":\"" + clients.get(random.nextInt(clients.size())) + "\",\"locationId\":\"" + location
                + "\",\"serviceCode\":\"MEDICAL_MASSAGE_60\",\"start\":\"" + pick[0] + "\",\"therapistId\":\"" + pick[1] + "\"}";
        return post(admin, "/api/v1/bookings", json).status == 201;
    }

    // ---------------------------------------------------------------- (b) throughput

    /** State file lines: admin token, location, then one "therapist client clientToken" line per worker. */
    static void setupThroughput(String admin, int workers, Path state) throws Exception {
        String location = location(admin, "Bench throughput", workers, 0);
        List<String> therapists = therapists(admin, location, workers, "00:00", "24:00");
        List<String> clients = clients(admin, workers);
        List<String> lines = new ArrayList<>(List.of(admin, location));
        for (int w = 0; w < workers; w++) {
            lines.add(therapists.get(w) + " " + clients.get(w));
        }
        Files.write(state, lines);
        System.out.println("throughput practice ready: " + workers + " therapists and clients, " + workers + " rooms");
    }

    /** Session k of a worker: 19 sessions a day, 75 minutes apart (60 + 15 buffer), from midnight. */
    static ZonedDateTime slot(LocalDate firstDay, int k) {
        return ZonedDateTime.of(firstDay.plusDays(k / 19), LocalTime.MIDNIGHT, ZONE).plusMinutes(75L * (k % 19));
    }

    static void bookOne(Path state, int dayOffset) throws Exception {
        List<String> lines = Files.readAllLines(state);
        String[] worker = lines.get(2).split(" ");
        ZonedDateTime start = slot(LocalDate.now(ZONE).plusDays(dayOffset), 0);
        Response r = post(lines.get(0), "/api/v1/bookings", booking(worker[1], lines.get(1), start, worker[0]));
        System.out.println(r.status + " " + r.body);
    }

    static void throughput(Path state, int workers, int seconds, int firstDayOffset) throws Exception {
        List<String> lines = Files.readAllLines(state);
        String admin = lines.get(0);
        String location = lines.get(1);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ConcurrentHashMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String[] worker = lines.get(2 + w).split(" ");
            LocalDate firstDay = LocalDate.now(ZONE).plusDays(firstDayOffset + 150L * w);
            running.add(pool.submit(() -> {
                for (int k = 0; System.nanoTime() < deadline; k++) {
                    Response r = post(admin, "/api/v1/bookings", booking(worker[1], location, slot(firstDay, k), worker[0]));
                    statuses.computeIfAbsent(r.status, s -> new AtomicInteger()).incrementAndGet();
                    (r.status == 201 ? created : other).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("app %d clients %d s: %d x 201 (%.1f bookings/s), other answers %s%n", workers, seconds,
                created.get(), created.get() / (double) seconds, other.get() == 0 ? "none" : statuses.toString());
        System.out.println("CREATED " + created.get());
    }

    // ---------------------------------------------------------------- (c) contention

    static void contention(String admin) throws Exception {
        String location = location(admin, "Bench contention", 10, 0);
        List<String> therapists = therapists(admin, location, 10, "09:00", "17:00");
        List<String> clients = clients(admin, 200);
        LocalDate day = LocalDate.now(ZONE).plusDays(5);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(9, 0).plusMinutes(75L * (i % 10 / 2)), ZONE);
            bodies.add(booking(clients.get(i), location, start, therapists.get(i % 10)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(200);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String body : bodies) {
            answers.add(pool.submit(() -> {
                go.await();
                return post(admin, "/api/v1/bookings", body).status;
            }));
        }
        long t0 = System.nanoTime();
        go.countDown();
        int[] counts = new int[600];
        for (Future<Integer> a : answers) {
            counts[a.get()]++;
        }
        pool.shutdown();
        long fivexx = Arrays.stream(counts, 500, 600).sum();
        Response list = get(admin, "/api/v1/bookings?locationId=" + location + "&size=1");
        int rows = Integer.parseInt(find(list.body, "\"total\":(\\d+)"));
        System.out.printf("200 concurrent attempts at 10 (therapist, start) pairs in %.0f ms: %d x 201, %d x 409, %d x 5xx,"
                + " others %d; table holds %d rows%n", (System.nanoTime() - t0) / 1e6, counts[201], counts[409], fivexx,
                200 - counts[201] - counts[409] - fivexx, rows);
        boolean met = counts[201] == 10 && counts[409] == 190 && fivexx == 0 && rows == 10;
        System.out.println("BAR exactly 10 x 201, 190 x 409, no 5xx, 10 rows -> " + (met ? "MET" : "MISSED"));
    }

    // ---------------------------------------------------------------- practice set-up through the API

    static String location(String admin, String name, int rooms, int kits) throws Exception {
        StringBuilder roomList = new StringBuilder();
        for (int i = 1; i <= rooms; i++) {
            roomList.append(i > 1 ? "," : "").append("{\"name\":\"Room ").append(i).append("\"}");
        }
        Response r = post(admin, "/api/v1/locations", "{\"name\":\"" + name + " " + System.nanoTime()
                + "\",\"timeZone\":\"America/New_York\",\"bufferMinutes\":15,\"lateCancelHours\":24,\"rooms\":["
                + roomList + "],\"equipment\":[{\"kind\":\"HOT_STONE_KIT\",\"count\":" + kits + "}]}");
        return expect(r, 201, "\"id\":\"([^\"]+)\"");
    }

    static List<String> therapists(String admin, String location, int n, String start, String end) throws Exception {
        List<String> ids = new ArrayList<>();
        String week = String.join(",", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                .stream().map(d -> "{\"day\":\"" + d + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\"}").toList());
        for (int i = 0; i < n; i++) {
            String email = "bench-therapist-" + System.nanoTime() + "@bench.example";
            Response r = post(admin, "/api/v1/therapists", "{\"email\":\"" + email + "\",\"password\":\"bench-password-2026\","
                    + "\"fullName\":\"Bench Therapist " + i + "\",\"licence\":{\"number\":\"B-" + i
                    + "\",\"region\":\"ME\",\"expiresOn\":\"2999-12-31\"},\"skills\":[\"MEDICAL_MASSAGE\",\"TRIGGER_POINT\","
                    + "\"REFLEXOLOGY\",\"HOT_STONE\"],\"locationId\":\"" + location + "\"}");
            String id = expect(r, 201, "\"id\":\"([^\"]+)\"");
            expect(put(admin, "/api/v1/therapists/" + id + "/hours", "{\"locationId\":\"" + location + "\",\"weekly\":["
                    + week + "]}"), 200, "(.)");
            ids.add(id);
        }
        return ids;
    }

    /** Clients with a submitted intake that screens CLEARED (the booking gate lets them through). */
    static List<String> clients(String admin, int n) throws Exception {
        List<String> ids = new ArrayList<>();
        String intake = Files.readString(Path.of(System.getProperty("bench.dir", "bench"), "cleared-intake.json"));
        for (int i = 0; i < n; i++) {
            String name = "Bench Client " + i;
            Response r = post(admin, "/api/v1/clients", "{\"email\":\"bench-client-" + System.nanoTime()
                    + "@bench.example\",\"fullName\":\"" + name + "\",\"dateOfBirth\":\"1985-06-15\"}");
            String id = expect(r, 201, "\"id\":\"([^\"]+)\"");
            Response submitted = post(admin, "/api/v1/clients/" + id + "/intake", intake.replace("SIGNATURE", name));
            expect(submitted, 201, "\"status\":\"(CLEARED)\"");
            ids.add(id);
        }
        return ids;
    }

    static String booking(String client, String location, ZonedDateTime start, String therapist) {
        return "{\"clientId\":\"" + client + "\",\"locationId\":\"" + location + "\",\"serviceCode\":\"MEDICAL_MASSAGE_60\","
                + "\"start\":\"" + ISO.format(start) + "\",\"therapistId\":\"" + therapist + "\"}";
    }

    // ---------------------------------------------------------------- backup

    /** Asks for a backup and polls it every 20 ms until done: prints the wall time and the size. */
    static void backup(String admin) throws Exception {
        long t0 = System.nanoTime();
        String id = expect(post(admin, "/api/v1/admin/backups", null), 202, "\"id\":\"([^\"]+)\"");
        while (true) {
            Response state = get(admin, "/api/v1/admin/backups/" + id);
            if (state.body.contains("\"DONE\"")) {
                Matcher size = Pattern.compile("\"sizeBytes\":(\\d+)").matcher(state.body);
                size.find();
                System.out.printf("backup %s done in %.2f s (asked for until listed as done), %,d bytes%n", id,
                        (System.nanoTime() - t0) / 1e9, Long.parseLong(size.group(1)));
                System.out.println("BACKUP_FILE reliefdesk-backup-" + id + ".zip");
                return;
            }
            if (!state.body.contains("\"RUNNING\"")) {
                throw new IllegalStateException("backup " + id + ": " + state.status + " " + state.body);
            }
            Thread.sleep(20);
        }
    }

    // ---------------------------------------------------------------- (f) the appointment book

    /**
     * The front desk's appointment book as pages: 20 therapists (09:00-17:00) and 20 rooms, tomorrow fully booked
     * (six 60-minute sessions each, 120 in all, 40 clients); then, signed in as the front desk with a page session,
     * the day view of the location and one therapist's week view (in turn, each therapist), timed per request.
     */
    static void appointmentBook(String admin) throws Exception {
        String location = location(admin, "Bench book", 20, 0);
        List<String> therapists = therapists(admin, location, 20, "09:00", "17:00");
        List<String> clients = clients(admin, 40);
        LocalDate day = LocalDate.now(ZONE).plusDays(1);
        long t0 = System.nanoTime();
        for (int t = 0; t < 20; t++) {
            for (int k = 0; k < 6; k++) {
                ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(9, 0).plusMinutes(75L * k), ZONE);
                expect(post(admin, "/api/v1/bookings", booking(clients.get(t + 20 * (k % 2)), location, start,
                        therapists.get(t))), 201, "\"id\":\"([^\"]+)\"");
            }
        }
        System.out.printf("seeded 20 therapists, 20 rooms and 120 bookings on %s in %.1f s%n", day,
                (System.nanoTime() - t0) / 1e9);
        String desk = "bench-desk-" + System.nanoTime() + "@bench.example";
        expect(post(admin, "/api/v1/staff", "{\"email\":\"" + desk + "\",\"password\":\"bench-password-2026\","
                + "\"fullName\":\"Bench Desk\",\"role\":\"FRONT_DESK\"}"), 201, "(.)");
        signIn(desk, "bench-password-2026");
        String dayView = "/schedule?location=" + location + "&day=" + day;
        Response first = page(dayView);
        System.out.printf("the day view: %d bookings, %d free cells, %,d bytes%n", count(first.body, "data-testid=\"booking\""),
                count(first.body, "data-testid=\"free\""), first.body.length());
        int warmUp = Integer.getInteger("bench.warmup", 300);
        int measured = Integer.getInteger("bench.measured", 1000);
        List<Long> days = new ArrayList<>();
        List<Long> weeks = new ArrayList<>();
        for (int i = 0; i < warmUp + measured; i++) {
            long d = timed(dayView);
            long w = timed("/schedule?location=" + location + "&day=" + day + "&view=week&therapist="
                    + therapists.get(i % 20));
            if (i >= warmUp) {
                days.add(d);
                weeks.add(w);
            }
        }
        System.out.printf("%d warm-up rounds, then %d measured (one day view and one week view each)%n", warmUp, measured);
        boolean met = true;
        for (var figure : List.of(java.util.Map.entry("day view, 20 therapists", days),
                java.util.Map.entry("week view, one therapist", weeks))) {
            double p99 = pct(figure.getValue(), 99);
            met &= p99 <= 50;
            System.out.printf("  %-26s p50 %6.2f ms   p99 %6.2f ms   (n=%d)%n", figure.getKey(),
                    pct(figure.getValue(), 50), p99, figure.getValue().size());
        }
        System.out.println("BAR p99 <= 50 ms for both pages: " + (met ? "MET" : "NOT MET"));
    }

    /** Signs in on the page form (its CSRF token and session cookie), as a browser does. */
    static void signIn(String email, String password) throws Exception {
        Response login = page("/login");
        String csrf = find(login.body, "name=\"_csrf\" value=\"([^\"]+)\"");
        Response done = Http.current().exchange("POST", "/login", null, "email=" + enc(email) + "&password="
                + enc(password) + "&_csrf=" + enc(csrf), "application/x-www-form-urlencoded", "text/html");
        if (done.status != 302 || page("/schedule").status != 200) {
            throw new IllegalStateException("signing in as " + email + " failed: " + done.status);
        }
    }

    static Response page(String path) throws Exception {
        return Http.current().exchange("GET", path, null, null, null, "text/html");
    }

    /** Nanoseconds for one page (which must answer 200). */
    static long timed(String path) throws Exception {
        long start = System.nanoTime();
        Response r = page(path);
        long elapsed = System.nanoTime() - start;
        if (r.status != 200) {
            throw new IllegalStateException(path + " answered " + r.status);
        }
        return elapsed;
    }

    static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- HTTP and small helpers

    record Response(int status, String body) {
    }

    static String token(String email, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return expect(Http.current().exchange("POST", "/api/v1/tokens", "Basic " + basic, null), 201, "\"token\":\"([^\"]+)\"");
    }

    static Response get(String token, String path) throws Exception {
        return Http.current().exchange("GET", path, "Bearer " + token, null);
    }

    static Response post(String token, String path, String json) throws Exception {
        return Http.current().exchange("POST", path, "Bearer " + token, json);
    }

    static Response put(String token, String path, String json) throws Exception {
        return Http.current().exchange("PUT", path, "Bearer " + token, json);
    }

    /**
     * A plain HTTP/1.1 client on one kept-alive loopback connection per thread: it writes the request and reads the
     * whole answer (Content-Length or chunked) on the calling thread. The JDK's HttpClient hands every exchange
     * between its own threads and copied the answer several times; on two cores that cost the client 2-3 ms a
     * request (6 ms at p99), time the server's figures should not carry.
     */
    static final class Http {
        private static final ThreadLocal<Http> CONNECTIONS = ThreadLocal.withInitial(Http::new);
        private final URI uri = URI.create(base);
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        /** Cookies the server set on this connection's exchanges (a signed-in page session), sent back with each. */
        private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();

        static Http current() {
            return CONNECTIONS.get();
        }

        Response exchange(String method, String path, String authorization, String json) throws IOException {
            return exchange(method, path, authorization, json, "application/json", "application/json");
        }

        /** Any exchange: {@code authorization} may be null (a page with the session's cookie instead). */
        Response exchange(String method, String path, String authorization, String content, String contentType,
                String accept) throws IOException {
            if (socket == null) {
                socket = new Socket(uri.getHost(), uri.getPort());
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                out = new BufferedOutputStream(socket.getOutputStream(), 8 * 1024);
            }
            byte[] body = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(uri.getHost()).append(':').append(uri.getPort()).append("\r\nAccept: ").append(accept)
                    .append("\r\n");
            if (authorization != null) {
                head.append("Authorization: ").append(authorization).append("\r\n");
            }
            if (!cookies.isEmpty()) {
                head.append("Cookie: ").append(String.join("; ", cookies.values())).append("\r\n");
            }
            if (content != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (content != null || !method.equals("GET")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(java.util.Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    case "set-cookie" -> cookies.put(value.substring(0, value.indexOf('=')), value.split(";")[0]);
                    default -> { }
                }
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream(chunked ? 64 * 1024 : (int) Math.max(length, 0));
            if (chunked) {
                for (int size = chunkSize(); size > 0; size = chunkSize()) {
                    answer.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) { // trailers
                }
            } else if (length >= 0) {
                answer.write(in.readNBytes((int) length));
            } else {
                answer.write(in.readAllBytes());
                close = true;
            }
            if (close) {
                socket.close();
                socket = null;
            }
            return new Response(code, answer.toString(StandardCharsets.UTF_8));
        }

        /** A chunk's size line: hexadecimal, maybe followed by extensions after ';'. */
        private int chunkSize() throws IOException {
            return Integer.parseInt(line().split(";")[0].trim(), 16);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    static String expect(Response r, int status, String pattern) {
        if (r.status != status) {
            throw new IllegalStateException("expected " + status + " but got " + r.status + ": " + r.body);
        }
        return find(r.body, pattern);
    }

    static String find(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text);
        }
        return m.group(1);
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static double pct(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
