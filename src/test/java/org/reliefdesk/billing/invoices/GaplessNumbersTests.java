package org.reliefdesk.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.reliefdesk.ReliefDeskApplication;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Invoice numbers are exactly 1..N per year, with no gap and no duplicate, however many issue at once — threads in
 * one instance, or two application instances on one database — and when some issues are rolled back after taking
 * their number.
 */
@IntegrationTest
class GaplessNumbersTests {

    static final int THREADS = 8;
    static final int EACH = 25;

    @LocalServerPort
    int port;

    @Autowired
    Invoices invoices;

    @Autowired
    TransactionOperations tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentIssuesSomeRolledBackLeaveNoGap() throws Exception {
        String client = Scheduling.clearedClient(port)[1];
        int before = count();
        int issued = race(n -> issueOrRollBack(invoices, tx, client, n));
        assertThat(issued).isEqualTo(THREADS * EACH - THREADS * EACH / 5);
        assertThat(count()).isEqualTo(before + issued);
        assertGapless();
    }

    @Test
    void twoApplicationInstancesOnOneDatabaseLeaveNoGap() throws Exception {
        String client = Scheduling.clearedClient(port)[1];
        int before = count();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ReliefDeskApplication.class)
                .properties("server.port=0").run()) {
            Invoices other = second.getBean(Invoices.class);
            TransactionOperations otherTx = second.getBean(TransactionOperations.class);
            int issued = race(n -> n % 2 == 0 ? issueOrRollBack(invoices, tx, client, n)
                    : issueOrRollBack(other, otherTx, client, n));
            assertThat(count()).isEqualTo(before + issued);
        }
        assertGapless();
    }

    /** Every fifth issue is refused after it took its number (the transaction rolls back); true when issued. */
    private static boolean issueOrRollBack(Invoices invoices, TransactionOperations tx, String client, int n) {
        try {
            tx.executeWithoutResult(status -> {
                InvoiceFixtures.issue(invoices, client, "10.00", "0.00");
                if (n % 5 == 4) {
                    throw new IllegalStateException("refused after the number was taken");
                }
            });
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    interface Issue {
        boolean run(int n) throws Exception;
    }

    /** {@link #THREADS} threads issue {@link #EACH} invoices each, all starting at once; returns how many were issued. */
    private static int race(Issue issue) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Integer> call = () -> {
                    start.await();
                    int done = 0;
                    for (int i = 0; i < EACH; i++) {
                        done += issue.run(thread * EACH + i) ? 1 : 0;
                    }
                    return done;
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            int issued = 0;
            for (Future<Integer> f : results) {
                issued += f.get();
            }
            return issued;
        } finally {
            pool.shutdown();
        }
    }

    private int count() {
        return jdbc.sql("select count(*) from invoice where year = :year").param("year", year())
                .query(Integer.class).single();
    }

    private void assertGapless() {
        List<Integer> seqs = jdbc.sql("select seq from invoice where year = :year order by seq")
                .param("year", year()).query(Integer.class).list();
        assertThat(seqs).containsExactlyElementsOf(IntStream.rangeClosed(1, seqs.size()).boxed().toList());
        int last = jdbc.sql("select last_number from invoice_counter where series = 'INV' and year = :year")
                .param("year", year()).query(Integer.class).single();
        assertThat(last).isEqualTo(seqs.size());
        List<String> numbers = jdbc.sql("select number from invoice where year = :year").param("year", year())
                .query(String.class).list();
        assertThat(numbers).doesNotHaveDuplicates().allMatch(s -> s.matches(year() + "-\\d{6}"));
    }

    private static int year() {
        return LocalDate.now().getYear();
    }
}
