package org.reliefdesk.outcomes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.outcomes.internal.OutcomeCalculator.CourseStart;
import org.reliefdesk.shared.FieldErrors;
import org.springframework.stereotype.Component;

/** Gathers a client's diary, course start and MIDAS scores and runs the calculation. */
@Component
public class OutcomeEngine {

    static final int MIN_DAYS = 7;
    static final int MAX_DAYS = 365;
    private final Diary diary;
    private final CourseStarts courses;
    private final MidasHistory midas;
    private final OutcomeRules rules;
    private final OutcomeCalculator calculator;

    OutcomeEngine(Diary diary, CourseStarts courses, MidasHistory midas) {
        this.diary = diary;
        this.courses = courses;
        this.midas = midas;
        this.rules = OutcomeRules.load();
        this.calculator = new OutcomeCalculator(rules);
    }

    public Outcome outcome(UUID clientId, Integer baselineDays, LocalDate courseStart) {
        LocalDate today = diary.today();
        int days = check(baselineDays, courseStart, today);
        CourseStart start = courseStart != null ? new CourseStart(courseStart, Outcome.GIVEN)
                : startOf(clientId);
        LocalDate from = today.minusDays(rules.medicationOveruse().windowDays());
        if (start.date() != null && start.date().minusDays(days).isBefore(from)) {
            from = start.date().minusDays(days);
        }
        List<DiaryEntry> entries = diary.between(clientId, from, today);
        return calculator.calculate(entries, start, days, today, midas.change(midas.points(clientId), start.date()));
    }

    CourseStart startOf(UUID clientId) {
        LocalDate first = courses.firstAttendedSession(clientId);
        return first == null ? new CourseStart(null, Outcome.NONE) : new CourseStart(first, Outcome.FIRST_SESSION);
    }

    OutcomeRules rules() {
        return rules;
    }

    private int check(Integer baselineDays, LocalDate courseStart, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        int days = baselineDays == null ? rules.baselineDays() : baselineDays;
        if (days < MIN_DAYS || days > MAX_DAYS) {
            errors.add("baselineDays", "must be from " + MIN_DAYS + " to " + MAX_DAYS + " days");
        }
        if (courseStart != null && courseStart.isAfter(today)) {
            errors.add("courseStart", "must not be in the future (today is " + today + ")");
        }
        if (courseStart != null && courseStart.isBefore(today.minusYears(100))) {
            errors.add("courseStart", "must be within the last 100 years");
        }
        errors.throwIfAny();
        return days;
    }
}
