package org.reliefdesk.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceStatusTests {

    @ParameterizedTest(name = "total {0}, credited {1}, paid {2} → {3}")
    @CsvSource({
        // nothing paid
        "95.00, 0.00, 0.00, UNPAID",
        // part paid, paid, overpaid (never more than the balance, but the rule holds)
        "95.00, 0.00, 50.00, PART_PAID",
        "95.00, 0.00, 95.00, PAID",
        // credits: in full → CREDITED whatever was paid; in part lowers what is owed
        "95.00, 95.00, 0.00, CREDITED",
        "95.00, 95.00, 95.00, CREDITED",
        "95.00, 45.00, 0.00, UNPAID",
        "95.00, 45.00, 50.00, PAID",
        "95.00, 45.00, 20.00, PART_PAID",
        "95.00, 45.00, 95.00, PAID",
        // a zero invoice (e.g. all extras free) is simply paid
        "0.00, 0.00, 0.00, PAID",
        "0.01, 0.00, 0.00, UNPAID",
        "0.01, 0.01, 0.00, CREDITED",
    })
    void derivesTheStatus(String total, String credited, String paid, InvoiceStatus expected) {
        assertThat(InvoiceStatus.of(m(total), m(credited), m(paid))).isEqualTo(expected);
    }

    private static Money m(String text) {
        return Money.parse(text).orElseThrow();
    }
}
