import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkout benchmark's client (bench/checkout.sh): a front-desk account with an API token, then WORKERS threads
 * each checking out the next unclaimed visit of VISIT_FILE (one id a line) until SECONDS have passed. Prints
 * invoices per second, "CREATED n", the other answers by status, and p50/p99 of a checkout. JDK only.
 *   java bench/CheckoutBench.java BASE ADMIN_EMAIL ADMIN_PASSWORD VISIT_FILE WORKERS SECONDS
 */
public class CheckoutBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> visits = Files.readAllLines(Path.of(args[3])).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        int workers = Integer.parseInt(args[4]);
        long seconds = Long.parseLong(args[5]);
        String admin = token(base, "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2])
                .getBytes(StandardCharsets.UTF_8)));
        String email = "bench-desk-" + System.currentTimeMillis() + "@bench.example";
        String password = "bench-front-desk-password-2026-" + System.nanoTime();
        send(base, "POST", "/api/v1/staff", "Bearer " + admin, "{\"email\":\"" + email + "\",\"password\":\""
                + password + "\",\"fullName\":\"Bench Desk\",\"role\":\"FRONT_DESK\"}", 201);
        String desk = "Bearer " + token(base, "Basic " + Base64.getEncoder().encodeToString((email + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));

        AtomicInteger next = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Long> times = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            done.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    if (i >= visits.size()) {
                        return null;
                    }
                    long t0 = System.nanoTime();
                    int status = send(base, "POST", "/api/v1/bookings/" + visits.get(i) + "/checkout", desk,
                            "{\"payments\":[{\"method\":\"CARD\",\"reference\":\"BENCH-" + i + "\"}]}", -1);
                    times.add(System.nanoTime() - t0);
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - began) / 1e9;
        int created = statuses.getOrDefault(201, new AtomicInteger()).get();
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        System.out.printf("checkout, %d clients, %.1f s: %.1f invoices/s; CREATED %d; answers %s; p50 %.1f ms, p99 %.1f ms%n",
                workers, elapsed, created / elapsed, created, statuses, pct(sorted, 0.50), pct(sorted, 0.99));
        if (next.get() >= visits.size()) {
            System.out.println("note: every seeded visit was checked out before the time was up; seed more (CHECKOUT_VISITS)");
        }
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    static String token(String base, String authorization) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("token: " + answer.statusCode() + " " + answer.body());
        }
        return m.group(1);
    }

    static int send(String base, String method, String path, String authorization, String body, int expected)
            throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (expected > 0 && answer.statusCode() != expected) {
            throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.statusCode();
    }
}
