package org.reliefdesk.billing.invoices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless numbers per series and year ({@code 2027-000001}, {@code CN-2027-000001}). The counter row is
 * incremented inside the issuing transaction: its row lock makes concurrent issuers (threads or instances) wait
 * their turn, and a rollback gives the number back, so the numbers issued are exactly 1..N. Take the number last,
 * after every check, so that the lock is held as briefly as possible.
 */
@Component
public class InvoiceNumbers {

    public enum Series {
        INV(""), CN("CN-");

        private final String prefix;

        Series(String prefix) {
            this.prefix = prefix;
        }
    }

    public record Number(int year, int seq, String text) {
    }

    private final JdbcClient jdbc;

    InvoiceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the series for {@code year}; must run in the transaction that issues it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Number next(Series series, int year) {
        int seq = jdbc.sql("""
                insert into invoice_counter (series, year, last_number) values (:series, :year, 1)
                on conflict (series, year) do update set last_number = invoice_counter.last_number + 1
                returning last_number""")
                .param("series", series.name()).param("year", year).query(Integer.class).single();
        return new Number(year, seq, series.prefix + year + "-" + String.format("%06d", seq));
    }
}
