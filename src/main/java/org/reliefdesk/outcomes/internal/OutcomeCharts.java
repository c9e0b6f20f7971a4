package org.reliefdesk.outcomes.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.DiaryCodes;
import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.outcomes.Outcome;
import org.springframework.stereotype.Component;

/**
 * What the outcome charts draw (and their tables list): headache days per week with session
 * weeks marked, pain before and after each session, MIDAS over time.
 */
@Component
class OutcomeCharts {

    static final int MIN_WEEKS = 12;
    private final Diary diary;
    private final CourseStarts courses;
    private final SessionPains pains;
    private final MidasHistory midas;

    OutcomeCharts(Diary diary, CourseStarts courses, SessionPains pains, MidasHistory midas) {
        this.diary = diary;
        this.courses = courses;
        this.pains = pains;
        this.midas = midas;
    }

    ChartData of(UUID clientId, Outcome outcome) {
        LocalDate today = diary.today();
        LocalDate from = today.minusWeeks(MIN_WEEKS).plusDays(1);
        if (outcome.baseline() != null && outcome.baseline().from().isBefore(from)) {
            from = outcome.baseline().from();
        }
        LocalDate earliest = today.minusDays(DiaryCodes.DAYS_BACK);
        from = (from.isBefore(earliest) ? earliest : from).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> sessions = courses.attendedSessions(clientId);
        return new ChartData(weeks(diary.between(clientId, from, today), sessions, from, today),
                pains.of(clientId), midas.points(clientId));
    }

    static List<Week> weeks(List<DiaryEntry> entries, List<LocalDate> sessions, LocalDate from, LocalDate today) {
        List<Week> weeks = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(today); start = start.plusWeeks(1)) {
            LocalDate end = start.plusDays(6);
            LocalDate first = start;
            int logged = (int) entries.stream().filter(e -> within(e.date(), first, end)).count();
            int headache = (int) entries.stream().filter(e -> e.headache() && within(e.date(), first, end)).count();
            int sessionCount = (int) sessions.stream().filter(d -> within(d, first, end)).count();
            weeks.add(new Week(start, logged, headache, sessionCount));
        }
        return weeks;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Everything the three charts draw. */
    record ChartData(List<Week> weeks, List<SessionPains.Pain> sessions, List<MidasHistory.Point> midas) {

        /** Whether any week has a logged day (else the weekly chart would be empty bars). */
        public boolean hasDiaryDays() {
            return weeks.stream().anyMatch(w -> w.logged() > 0);
        }
    }

    /** A week from Monday: days logged, headache days, sessions attended. */
    record Week(LocalDate start, int logged, int headache, int sessions) {
    }
}
