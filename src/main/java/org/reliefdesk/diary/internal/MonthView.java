package org.reliefdesk.diary.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reliefdesk.diary.DiaryCodes;
import org.reliefdesk.diary.DiaryEntry;

/**
 * A month of the diary as a calendar heat map: weeks from Monday, each day a state (a gap,
 * headache-free, or a headache by peak intensity) with a spoken label for screen readers.
 */
record MonthView(YearMonth month, List<List<Day>> weeks, int logged, int headacheDays, int gaps, boolean hasPrevious,
        boolean hasNext) {

    static MonthView of(YearMonth month, Map<LocalDate, DiaryEntry> entries, LocalDate today) {
        LocalDate earliest = today.minusDays(DiaryCodes.DAYS_BACK);
        LocalDate start = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        int logged = 0;
        int headaches = 0;
        int gaps = 0;
        for (LocalDate weekStart = start; !weekStart.isAfter(end); weekStart = weekStart.plusWeeks(1)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = weekStart.plusDays(i);
                Day day = Day.of(date, YearMonth.from(date).equals(month), entries.get(date), today, earliest);
                week.add(day);
                if (day.inMonth()) {
                    logged += day.entry() != null ? 1 : 0;
                    headaches += day.entry() != null && day.entry().headache() ? 1 : 0;
                    gaps += "gap".equals(day.state()) ? 1 : 0;
                }
            }
            weeks.add(week);
        }
        return new MonthView(month, weeks, logged, headaches, gaps, month.isAfter(YearMonth.from(earliest)),
                month.isBefore(YearMonth.from(today)));
    }

    /** The column heads, Monday first. */
    public List<DayOfWeek> weekdays() {
        return List.of(DayOfWeek.values());
    }

    /** The month's first day, for formatting its title in the reader's language ({@code format.month}). */
    public LocalDate firstDay() {
        return month.atDay(1);
    }

    /**
     * One calendar cell; {@code editable} when the day may be logged or changed. The page says the state in words
     * ({@code diary.state.*}) beside the date, for screen readers and as a tooltip.
     */
    record Day(LocalDate date, boolean inMonth, String state, DiaryEntry entry, boolean editable) {

        static Day of(LocalDate date, boolean inMonth, DiaryEntry entry, LocalDate today, LocalDate earliest) {
            boolean editable = !date.isAfter(today) && !date.isBefore(earliest);
            String state = state(date, entry, today, editable);
            return new Day(date, inMonth, state, entry, editable);
        }

        private static String state(LocalDate date, DiaryEntry entry, LocalDate today, boolean editable) {
            if (entry == null) {
                return date.isAfter(today) ? "future" : editable ? "gap" : "closed";
            }
            if (!entry.headache()) {
                return "free";
            }
            int peak = entry.peakIntensity() == null ? 0 : entry.peakIntensity();
            return peak >= 7 ? "severe" : peak >= 4 ? "moderate" : "mild";
        }

        /** The worst pain of a headache day, else null. */
        public Integer peak() {
            return entry == null || !entry.headache() ? null : entry.peakIntensity();
        }

        public boolean medicine() {
            return entry != null && entry.tookAcuteMedication();
        }

        public int dayOfMonth() {
            return date.getDayOfMonth();
        }
    }
}
