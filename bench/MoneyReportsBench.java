import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The money reports benchmark's client (run by bench/money-reports.sh, compiled with Bench.java for its HTTP client):
 * asks in turn for the busy day's takings and the year's revenue, warm-up rounds first, and prints p50/p95/p99 of
 * each (and of the first page of balances, for information).
 *   java -cp CLASSES MoneyReportsBench BASE ADMIN_EMAIL ADMIN_PASSWORD BUSY_DAY WARMUP ROUNDS
 */
public class MoneyReportsBench {

    static final double BAR_MS = 200;

    public static void main(String[] args) throws Exception {
        Bench.base = args[0];
        String admin = Bench.token(args[1], args[2]);
        LocalDate day = LocalDate.parse(args[3]);
        int warmUp = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        String[] paths = {"/api/v1/reports/takings?date=" + day,
            "/api/v1/reports/revenue?from=" + day.minusDays(364) + "&to=" + day, "/api/v1/reports/balances"};
        String[] names = {"takings, the busy day", "revenue, the year", "balances, first page (information)"};
        Bench.Response takings = expect200(Bench.get(admin, paths[0]));
        Bench.Response revenue = expect200(Bench.get(admin, paths[1]));
        System.out.println("takings of " + day + ": " + Bench.count(takings.body(), "\"status\"") + " invoices, total "
                + Bench.find(takings.body(), "\"byMethod\":.*?\\],\"total\":\"([0-9.]+)\""));
        System.out.println("revenue over 365 days: " + Bench.find(revenue.body(), "\"count\":(\\d+)") + " invoices, total "
                + Bench.find(revenue.body(), "\"total\":\"([0-9.]+)\""));
        List<List<Long>> timings = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < warmUp + rounds; i++) {
            for (int r = 0; r < paths.length; r++) {
                long t0 = System.nanoTime();
                expect200(Bench.get(admin, paths[r]));
                if (i >= warmUp) {
                    timings.get(r).add(System.nanoTime() - t0);
                }
            }
        }
        System.out.printf("over HTTP, one kept-alive connection (%d warm-up rounds, %d measured):%n", warmUp, rounds);
        boolean met = true;
        for (int r = 0; r < paths.length; r++) {
            double p99 = Bench.pct(timings.get(r), 99);
            met &= r == 2 || p99 <= BAR_MS;
            System.out.printf("  %-36s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms%n", names[r],
                    Bench.pct(timings.get(r), 50), Bench.pct(timings.get(r), 95), p99);
        }
        System.out.printf("BAR p99 <= %.0f ms for takings and revenue -> %s%n", BAR_MS, met ? "MET" : "NOT MET");
    }

    static Bench.Response expect200(Bench.Response r) {
        if (r.status() != 200) {
            throw new IllegalStateException("the report answered " + r.status() + ": " + r.body());
        }
        return r;
    }
}
