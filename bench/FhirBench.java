import java.util.ArrayList;
import java.util.List;

/**
 * The FHIR benchmark's client (run by bench/fhir.sh, compiled with Bench.java for its HTTP client): for the seeded
 * client, warm-up rounds first, then p50/p95/p99 of each path in turn, measured by the client on one kept-alive
 * connection. Bar: p99 <= 300 ms for each.
 *   java -cp CLASSES FhirBench BASE ADMIN_EMAIL ADMIN_PASSWORD CLIENT_ID WARMUP ROUNDS [WHICH]
 * WHICH: both (default), everything or report.
 */
public class FhirBench {

    static final double BAR_MS = 300;

    public static void main(String[] args) throws Exception {
        Bench.base = args[0];
        String admin = Bench.token(args[1], args[2]);
        String client = args[3];
        int warmUp = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        String which = args.length > 6 ? args[6] : "both";
        boolean met = true;
        if (!which.equals("report")) {
            met &= measure(admin, "/fhir/Patient/" + client + "/$everything", "application/fhir+json",
                    "$everything", warmUp, rounds);
        }
        if (!which.equals("everything")) {
            met &= measure(admin, "/api/v1/clients/" + client + "/progress-report.pdf", "application/pdf",
                    "progress report PDF", warmUp, rounds);
        }
        System.out.println(met ? "ALL BARS -> MET" : "SOME BAR -> NOT MET");
    }

    static Bench.Response get(String token, String path, String accept) throws Exception {
        return Bench.Http.current().exchange("GET", path, "Bearer " + token, null, null, accept);
    }

    static boolean measure(String token, String path, String accept, String name, int warmUp, int rounds)
            throws Exception {
        Bench.Response first = get(token, path, accept);
        if (first.status() != 200) {
            throw new IllegalStateException(name + " answered " + first.status() + ": " + first.body());
        }
        System.out.println(name + ": " + first.body().length() + " characters"
                + (path.contains("$everything") ? ", " + Bench.count(first.body(), "\"fullUrl\"") + " entries" : ""));
        List<Long> timings = new ArrayList<>();
        for (int i = 0; i < warmUp + rounds; i++) {
            long t0 = System.nanoTime();
            Bench.Response r = get(token, path, accept);
            long elapsed = System.nanoTime() - t0;
            if (r.status() != 200) {
                throw new IllegalStateException(name + " answered " + r.status() + ": " + r.body());
            }
            if (i >= warmUp) {
                timings.add(elapsed);
            }
        }
        double p50 = Bench.pct(timings, 50);
        double p95 = Bench.pct(timings, 95);
        double p99 = Bench.pct(timings, 99);
        System.out.printf("%s, 365 diary days, 20 signed sessions, 3 intakes, over HTTP (%d warm-up, %d measured): "
                + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", name, warmUp, rounds, p50, p95, p99);
        boolean met = p99 <= BAR_MS;
        System.out.printf("BAR %s p99 <= %.0f ms: %.1f ms -> %s%n", name, BAR_MS, p99, met ? "MET" : "NOT MET");
        return met;
    }
}
