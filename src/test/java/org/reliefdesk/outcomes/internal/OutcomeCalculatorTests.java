package org.reliefdesk.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.outcomes.internal.OutcomeCalculator.CourseStart;

/**
 * Hand-worked examples. Today is Sunday 31 May 2026; the course starts on 1 April, so the
 * baseline is 4–31 March and the current window 4–31 May (28 days each).
 */
class OutcomeCalculatorTests {

    static final OutcomeRules RULES = OutcomeRules.load();
    static final OutcomeCalculator CALCULATOR = new OutcomeCalculator(RULES);
    static final LocalDate TODAY = LocalDate.of(2026, 5, 31);
    static final LocalDate START = LocalDate.of(2026, 4, 1);
    static final LocalDate BASELINE_FROM = LocalDate.of(2026, 3, 4);
    static final LocalDate CURRENT_FROM = LocalDate.of(2026, 5, 4);

    static Outcome outcome(DiaryLog log, LocalDate start) {
        return CALCULATOR.calculate(log.entries(), new CourseStart(start, Outcome.GIVEN), 28, TODAY,
                Outcome.Midas.NONE);
    }

    /** Both windows fully logged, with these headache days spread through each. */
    static DiaryLog fullyLogged(int baselineHeadaches, int currentHeadaches) {
        return new DiaryLog().free(BASELINE_FROM, 28).free(CURRENT_FROM, 28)
                .headaches(BASELINE_FROM, baselineHeadaches, 2, 6)
                .headaches(CURRENT_FROM, currentHeadaches, 2, 5);
    }

    @Test
    void halvingHeadacheDaysIsAFiftyPercentResponder() {
        Outcome outcome = outcome(fullyLogged(12, 6), START);
        assertThat(outcome.baseline().from()).isEqualTo(BASELINE_FROM);
        assertThat(outcome.baseline().to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(outcome.current().from()).isEqualTo(CURRENT_FROM);
        assertThat(outcome.current().to()).isEqualTo(TODAY);
        assertThat(outcome.baseline().headacheDays()).isEqualTo(12);
        assertThat(outcome.baseline().headacheFreeDays()).isEqualTo(16);
        assertThat(outcome.current().headacheDays()).isEqualTo(6);
        assertThat(outcome.headacheDaysChangePercent()).isEqualTo(-50.0);
        assertThat(outcome.responder50()).isTrue();
        assertThat(outcome.insufficientData()).isFalse();
    }

    @Test
    void aSmallerFallIsNotAResponderAndTheRiseIsPositive() {
        assertThat(outcome(fullyLogged(12, 7), START).headacheDaysChangePercent()).isEqualTo(-41.7);
        assertThat(outcome(fullyLogged(12, 7), START).responder50()).isFalse();
        assertThat(outcome(fullyLogged(8, 10), START).headacheDaysChangePercent()).isEqualTo(25.0);
    }

    @Test
    void gapsCompareHeadacheDaysPerLoggedDay() {
        // baseline: 21 of 28 logged, 9 headache days (9/21); current: 24 logged, 6 headache days (6/24)
        // (6/24) / (9/21) - 1 = 126/216 - 1 = -41.67 %
        DiaryLog log = fullyLogged(9, 6).gap(LocalDate.of(2026, 3, 24), 7).gap(LocalDate.of(2026, 5, 28), 4);
        Outcome outcome = outcome(log, START);
        assertThat(outcome.baseline().loggedDays()).isEqualTo(21);
        assertThat(outcome.current().loggedDays()).isEqualTo(24);
        assertThat(outcome.headacheDaysChangePercent()).isEqualTo(-41.7);
        assertThat(outcome.responder50()).isFalse();
    }

    @Test
    void meanPeakIntensityIsOverHeadacheDaysOnly() {
        DiaryLog log = fullyLogged(0, 0).headache(BASELINE_FROM, 7).headache(BASELINE_FROM.plusDays(1), 6)
                .headache(BASELINE_FROM.plusDays(2), 6);
        Outcome outcome = outcome(log, START);
        assertThat(outcome.baseline().meanPeakIntensity()).isEqualTo(6.3);
        assertThat(outcome.current().meanPeakIntensity()).isNull();
    }

    @Nested
    class NotEnoughData {

        @Test
        void exactlyTwentyOfTwentyEightLoggedIsEnough() {
            Outcome outcome = outcome(fullyLogged(10, 4).gap(BASELINE_FROM.plusDays(20), 8), START);
            assertThat(outcome.baseline().loggedDays()).isEqualTo(20);
            assertThat(outcome.baseline().requiredLoggedDays()).isEqualTo(20);
            assertThat(outcome.baseline().insufficientData()).isFalse();
            // 10 of 20 logged days (10 fell in the first 20 days), then 4 of 28: (4/28)/(10/20) - 1 = -71.4 %
            assertThat(outcome.headacheDaysChangePercent()).isEqualTo(-71.4);
            assertThat(outcome.responder50()).isTrue();
        }

        @Test
        void nineteenLoggedDaysGiveNoComparison() {
            Outcome outcome = outcome(fullyLogged(10, 4).gap(BASELINE_FROM.plusDays(19), 9), START);
            assertThat(outcome.baseline().loggedDays()).isEqualTo(19);
            assertThat(outcome.baseline().insufficientData()).isTrue();
            assertThat(outcome.current().insufficientData()).isFalse();
            assertThat(outcome.insufficientData()).isTrue();
            assertThat(outcome.headacheDaysChangePercent()).isNull();
            assertThat(outcome.responder50()).isNull();
        }

        @Test
        void aCourseThatStartedYesterdayHasTooShortACurrentWindow() {
            LocalDate yesterday = TODAY.minusDays(1);
            DiaryLog log = new DiaryLog().free(yesterday.minusDays(28), 30).headaches(yesterday.minusDays(28), 10, 2, 6);
            Outcome outcome = outcome(log, yesterday);
            assertThat(outcome.baseline().insufficientData()).isFalse();
            assertThat(outcome.current().from()).isEqualTo(yesterday);
            assertThat(outcome.current().days()).isEqualTo(2);
            assertThat(outcome.current().loggedDays()).isEqualTo(2);
            assertThat(outcome.current().insufficientData()).isTrue();
            assertThat(outcome.headacheDaysChangePercent()).isNull();
            assertThat(outcome.responder50()).isNull();
        }

        @Test
        void aCourseNeedsTwentyDaysBehindItEvenWhenEveryDayIsLogged() {
            LocalDate nineteenDaysAgo = TODAY.minusDays(19);
            DiaryLog log = new DiaryLog().free(nineteenDaysAgo.minusDays(28), 48)
                    .headaches(nineteenDaysAgo.minusDays(28), 10, 2, 6);
            Outcome tooRecent = outcome(log, nineteenDaysAgo);
            assertThat(tooRecent.current().loggedDays()).isEqualTo(20);
            assertThat(tooRecent.current().insufficientData()).isTrue();

            LocalDate twentyDaysAgo = TODAY.minusDays(20);
            log.free(twentyDaysAgo.minusDays(28), 28).headaches(twentyDaysAgo.minusDays(28), 10, 2, 6);
            Outcome longEnough = outcome(log, twentyDaysAgo);
            assertThat(longEnough.current().from()).isEqualTo(twentyDaysAgo);
            assertThat(longEnough.current().days()).isEqualTo(21);
            assertThat(longEnough.current().insufficientData()).isFalse();
            assertThat(longEnough.headacheDaysChangePercent()).isEqualTo(-100.0);
            assertThat(longEnough.responder50()).isTrue();
        }

        @Test
        void noCourseStartMeansNoWindowsAtAll() {
            Outcome outcome = CALCULATOR.calculate(fullyLogged(12, 6).entries(), new CourseStart(null, Outcome.NONE),
                    28, TODAY, Outcome.Midas.NONE);
            assertThat(outcome.baseline()).isNull();
            assertThat(outcome.current()).isNull();
            assertThat(outcome.insufficientData()).isTrue();
            assertThat(outcome.headacheDaysChangePercent()).isNull();
            assertThat(outcome.responder50()).isNull();
        }
    }

    @Test
    void noHeadacheDayInTheBaselineGivesNoPercentageAndNoResponder() {
        Outcome outcome = outcome(fullyLogged(0, 3), START);
        assertThat(outcome.insufficientData()).isFalse();
        assertThat(outcome.headacheDaysChangePercent()).isNull();
        assertThat(outcome.responder50()).isFalse();
    }

    @Nested
    class Medication {

        @Test
        void medicineOnAHeadacheFreeDayStillCountsAsAnAcuteMedicationDay() {
            DiaryLog log = fullyLogged(0, 0).medicineOnly(CURRENT_FROM, "NSAID").headache(CURRENT_FROM.plusDays(1), 5,
                    "NSAID").headache(CURRENT_FROM.plusDays(2), 5);
            Outcome outcome = outcome(log, START);
            assertThat(outcome.current().acuteMedicationDays()).isEqualTo(2);
            assertThat(outcome.current().headacheDays()).isEqualTo(2);
            assertThat(outcome.medicationOveruse().acuteMedicationDays()).isEqualTo(2);
        }

        @Test
        void tenTriptanDaysInThirtyWarnButNine() {
            DiaryLog log = fullyLogged(0, 0).headaches(TODAY.minusDays(29), 9, 3, 6, "TRIPTAN");
            assertThat(outcome(log, START).medicationOveruseWarning()).isFalse();
            log.medicineOnly(TODAY, "TRIPTAN");
            Outcome outcome = outcome(log, START);
            assertThat(outcome.medicationOveruse().acuteMedicationDays()).isEqualTo(10);
            assertThat(outcome.medicationOveruse().thresholdDays()).isEqualTo(10);
            assertThat(outcome.medicationOveruseWarning()).isTrue();
        }

        @Test
        void simpleAnalgesicsAloneNeedFifteenDays() {
            DiaryLog log = fullyLogged(0, 0).headaches(TODAY.minusDays(27), 14, 2, 5, "SIMPLE_ANALGESIC", "NSAID");
            Outcome fourteen = outcome(log, START);
            assertThat(fourteen.medicationOveruse().thresholdDays()).isEqualTo(15);
            assertThat(fourteen.medicationOveruseWarning()).isFalse();
            log.medicineOnly(TODAY.minusDays(29), "NSAID");
            assertThat(outcome(log, START).medicationOveruseWarning()).isTrue();
        }

        @Test
        void oneCombinationDayLowersTheThresholdForTheWholeMonth() {
            DiaryLog log = fullyLogged(0, 0).headaches(TODAY.minusDays(27), 9, 3, 5, "NSAID")
                    .medicineOnly(TODAY, "COMBINATION");
            Outcome outcome = outcome(log, START);
            assertThat(outcome.medicationOveruse().kindsLogged()).containsExactly("NSAID", "COMBINATION");
            assertThat(outcome.medicationOveruse().thresholdDays()).isEqualTo(10);
            assertThat(outcome.medicationOveruseWarning()).isTrue();
        }

        @Test
        void onlyTheLastThirtyCalendarDaysCount() {
            DiaryLog log = fullyLogged(0, 0).headaches(TODAY.minusDays(30), 10, 1, 6, "TRIPTAN");
            Outcome outcome = outcome(log, START);
            assertThat(outcome.medicationOveruse().from()).isEqualTo(TODAY.minusDays(29));
            assertThat(outcome.medicationOveruse().acuteMedicationDays()).isEqualTo(9);
            assertThat(outcome.medicationOveruseWarning()).isFalse();
        }

        @Test
        void noMedicineNoThresholdNoWarning() {
            Outcome outcome = outcome(fullyLogged(5, 5), START);
            assertThat(outcome.medicationOveruse().thresholdDays()).isNull();
            assertThat(outcome.medicationOveruseWarning()).isFalse();
        }
    }

    @Test
    void theRulesFileSaysTwentyOfTwentyEightAndCarriesTheCaveat() {
        assertThat(RULES.baselineDays()).isEqualTo(28);
        assertThat(RULES.requiredLoggedDays(28)).isEqualTo(20);
        assertThat(RULES.requiredLoggedDays(14)).isEqualTo(10);
        assertThat(RULES.requiredLoggedDays(30)).isEqualTo(22);
        assertThat(RULES.caveat()).contains("regression to the mean", "sham", "not proof");
    }
}
