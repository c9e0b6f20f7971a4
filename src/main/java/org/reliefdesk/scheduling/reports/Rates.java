package org.reliefdesk.scheduling.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The report's rates: a fraction 0–1 (not a percentage) rounded half up to 3 places; 0 when nothing to divide by. */
final class Rates {

    private Rates() {
    }

    static double of(long part, long whole) {
        if (whole <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP).doubleValue();
    }
}
