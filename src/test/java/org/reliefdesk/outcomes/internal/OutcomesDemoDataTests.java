package org.reliefdesk.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.outcomes.internal.OutcomeCalculator.CourseStart;
import org.reliefdesk.outcomes.internal.OutcomesDemoData.Story;

/** The demo diaries tell the stories they are meant to, whatever today is. */
class OutcomesDemoDataTests {

    static final OutcomeCalculator CALCULATOR = new OutcomeCalculator(OutcomeRules.load());

    static Outcome outcomeOf(String name, LocalDate today) {
        Story story = OutcomesDemoData.STORIES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        LocalDate start = today.minusDays(42);
        return CALCULATOR.calculate(OutcomesDemoData.diaryOf(story, start, today), new CourseStart(start, Outcome.GIVEN),
                28, today, Outcome.Midas.NONE);
    }

    @Test
    void someImproveSomeDoNotOneHasTooLittleDataAndOneTakesMedicineOnManyDays() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.isBefore(LocalDate.of(2026, 1, 8));
                today = today.plusDays(1)) {
            assertThat(outcomeOf("client", today).responder50()).as("client").isTrue();
            assertThat(outcomeOf("sam", today).responder50()).as("sam").isFalse();
            assertThat(outcomeOf("jordan", today).insufficientData()).as("jordan").isFalse();
            assertThat(outcomeOf("riley", today).current().insufficientData()).as("riley").isTrue();
            assertThat(outcomeOf("pat", today).medicationOveruseWarning()).as("pat").isTrue();
        }
    }
}
