package org.reliefdesk.billing.superbills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EightMinuteRuleTests {

    @ParameterizedTest(name = "{0} timed minutes give {1} unit(s)")
    @CsvSource({
        "0, 0", "1, 0", "7, 0",
        "8, 1", "15, 1", "22, 1",
        "23, 2", "30, 2", "37, 2",
        "38, 3", "45, 3", "52, 3",
        "53, 4", "60, 4", "67, 4",
        "68, 5", "75, 5", "82, 5",
        "83, 6", "97, 6", "98, 7"})
    void totalMinutesGiveUnitsAtEveryBoundary(int minutes, int units) {
        assertThat(EightMinuteRule.units(minutes)).isEqualTo(units);
    }

    @ParameterizedTest(name = "97124 {0} min + 97140 {1} min → 97124 × {2}, 97140 × {3}")
    @CsvSource({
        // CLINICAL.md section 9's example: 55 min → 4 units, 2 + 1 whole, the fourth to 97124's 8 remaining minutes
        "38, 17, 3, 1",
        // one code alone follows the total at the boundaries
        "7, 0, 0, 0", "8, 0, 1, 0", "22, 0, 1, 0", "23, 0, 2, 0", "37, 0, 2, 0", "38, 0, 3, 0",
        "52, 0, 3, 0", "53, 0, 4, 0", "67, 0, 4, 0", "68, 0, 5, 0",
        // each under 8 but 8 or more together: one unit, to the code with more minutes
        "5, 4, 1, 0", "3, 6, 0, 1",
        // under 8 together: nothing at all
        "4, 3, 0, 0",
        // whole units first, then the remainder with the most minutes
        "30, 15, 2, 1", "20, 20, 2, 1", "25, 10, 2, 0", "10, 25, 0, 2", "40, 20, 3, 1",
        "45, 7, 3, 0", "33, 22, 2, 2",
        // ties in the remainder: more minutes in all wins, then the lower code
        "19, 4, 2, 0", "4, 19, 0, 2", "12, 12, 1, 1", "7, 7, 1, 0", "37, 7, 3, 0", "22, 37, 1, 3"})
    void theUnitsLeftGoToTheCodesWithTheMostMinutesRemaining(int massage, int manual, int massageUnits,
            int manualUnits) {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        minutes.put("97140", manual);
        minutes.put("97124", massage);
        Map<String, Integer> expected = new LinkedHashMap<>();
        if (massageUnits > 0) {
            expected.put("97124", massageUnits);
        }
        if (manualUnits > 0) {
            expected.put("97140", manualUnits);
        }
        assertThat(EightMinuteRule.units(minutes)).containsExactlyEntriesOf(expected);
        int total = EightMinuteRule.units(massage + manual);
        assertThat(EightMinuteRule.units(minutes).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
    }

    @Test
    void aCodeWithNoUnitsIsLeftOut() {
        assertThat(EightMinuteRule.units(Map.of("97124", 30, "97140", 3))).containsExactlyEntriesOf(Map.of("97124", 2));
        assertThat(EightMinuteRule.units(Map.of())).isEmpty();
    }
}
