import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations report benchmark's client (run by bench/operations-report.sh, compiled with Bench.java for its
 * HTTP client): asks for the last 90 days' report of the seeded location, warm-up rounds first, and prints p50/p99.
 *   java -cp CLASSES OperationsBench BASE ADMIN_EMAIL ADMIN_PASSWORD LOCATION WARMUP ROUNDS
 */
public class OperationsBench {

    static final double BAR_MS = 200;

    public static void main(String[] args) throws Exception {
        Bench.base = args[0];
        String admin = Bench.token(args[1], args[2]);
        String location = args[3];
        int warmUp = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        LocalDate today = LocalDate.now(Bench.ZONE);
        String path = "/api/v1/reports/operations?from=" + today.minusDays(90) + "&to=" + today.minusDays(1)
                + "&locationId=" + location;
        Bench.Response first = Bench.get(admin, path);
        if (first.status() != 200) {
            throw new IllegalStateException("the report answered " + first.status() + ": " + first.body());
        }
        System.out.println("report: " + Bench.count(first.body(), "\"therapistId\"") + " therapists, "
                + Bench.find(first.body(), "\"bookings\":(\\d+)") + " bookings, no-show rate "
                + Bench.find(first.body(), "\"noShowRate\":([0-9.]+)") + ", rebooked within 30 days "
                + Bench.find(first.body(), "\"rebookedWithin30Days\":([0-9.]+)"));
        List<Long> timings = new ArrayList<>();
        for (int i = 0; i < warmUp + rounds; i++) {
            long t0 = System.nanoTime();
            Bench.Response r = Bench.get(admin, path);
            long elapsed = System.nanoTime() - t0;
            if (r.status() != 200) {
                throw new IllegalStateException("the report answered " + r.status() + ": " + r.body());
            }
            if (i >= warmUp) {
                timings.add(elapsed);
            }
        }
        double p50 = Bench.pct(timings, 50);
        double p99 = Bench.pct(timings, 99);
        System.out.printf("operations report, 20 therapists x 90 days over HTTP (%d warm-up, %d measured): "
                + "p50 %.1f ms, p99 %.1f ms%n", warmUp, rounds, p50, p99);
        System.out.printf("BAR p99 <= %.0f ms: %.1f ms -> %s%n", BAR_MS, p99, p99 <= BAR_MS ? "MET" : "NOT MET");
    }
}
