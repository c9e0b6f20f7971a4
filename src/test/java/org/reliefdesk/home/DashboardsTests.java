package org.reliefdesk.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The diary streak: days logged in a row up to today, or up to yesterday while today is not logged yet. */
class DashboardsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void countsTheDaysLoggedInARowUpToToday() {
        assertThat(Dashboards.streak(Set.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(4)), TODAY))
                .isEqualTo(3);
    }

    @Test
    void keepsYesterdaysStreakWhileTodayIsNotLoggedYet() {
        assertThat(Dashboards.streak(Set.of(TODAY.minusDays(1), TODAY.minusDays(2)), TODAY)).isEqualTo(2);
    }

    @Test
    void isZeroAfterADayMissed() {
        assertThat(Dashboards.streak(Set.of(TODAY.minusDays(2), TODAY.minusDays(3)), TODAY)).isZero();
        assertThat(Dashboards.streak(Set.of(), TODAY)).isZero();
    }
}
