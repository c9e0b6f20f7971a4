package org.reliefdesk.outcomes.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.reliefdesk.diary.DiaryCodes;
import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.outcomes.Outcome.MedicationOveruse;
import org.reliefdesk.outcomes.Outcome.Window;

/**
 * The before/after arithmetic, free of the database: windows, "not enough diary data",
 * the change in headache days per logged day, the 50 % responder and the overuse warning.
 */
final class OutcomeCalculator {

    private final OutcomeRules rules;

    OutcomeCalculator(OutcomeRules rules) {
        this.rules = rules;
    }

    /** {@code entries} must cover the baseline window, the current window and the last 30 days. */
    Outcome calculate(Collection<DiaryEntry> entries, CourseStart start, int baselineDays, LocalDate today,
            Outcome.Midas midas) {
        MedicationOveruse overuse = overuse(entries, today);
        boolean warning = overuse.thresholdDays() != null && overuse.acuteMedicationDays() >= overuse.thresholdDays();
        if (start.date() == null) {
            return new Outcome(null, start.source(), baselineDays, null, null, true, null, null, warning, overuse,
                    midas, rules.caveat());
        }
        Window baseline = baselineWindow(start.date(), baselineDays, entries);
        Window current = currentWindow(start.date(), baselineDays, today, entries);
        Comparison comparison = compare(baseline, current);
        return new Outcome(start.date(), start.source(), baselineDays, baseline, current, comparison.insufficient(),
                comparison.percent(), comparison.responder(), warning, overuse, midas, rules.caveat());
    }

    Window baselineWindow(LocalDate courseStart, int days, Collection<DiaryEntry> entries) {
        return baselineWindow(courseStart, days, Tally.of(entries, courseStart.minusDays(days), courseStart.minusDays(1)));
    }

    Window baselineWindow(LocalDate courseStart, int days, Tally tally) {
        return window(courseStart.minusDays(days), courseStart.minusDays(1), days, tally, false);
    }

    /** The {@code days} ending today, never before the course start. */
    Window currentWindow(LocalDate courseStart, int days, LocalDate today, Collection<DiaryEntry> entries) {
        return currentWindow(courseStart, days, today, Tally.of(entries, currentFrom(courseStart, days, today), today));
    }

    Window currentWindow(LocalDate courseStart, int days, LocalDate today, Tally tally) {
        boolean tooRecent = ChronoUnit.DAYS.between(courseStart, today) < rules.requiredLoggedDays(days);
        return window(currentFrom(courseStart, days, today), today, days, tally, tooRecent);
    }

    /** The first day of the current window: {@code days} back from today, but not before the course start. */
    static LocalDate currentFrom(LocalDate courseStart, int days, LocalDate today) {
        return later(today.minusDays(days - 1L), courseStart);
    }

    /** A window from its counts; insufficient below the required logged days (or when the course is too recent). */
    Window window(LocalDate from, LocalDate to, int baselineDays, Tally tally, boolean tooRecent) {
        int required = rules.requiredLoggedDays(baselineDays);
        Double meanPeak = tally.headache() == 0 ? null : BigDecimal.valueOf(tally.peakSum())
                .divide(BigDecimal.valueOf(tally.headache()), 1, RoundingMode.HALF_UP).doubleValue();
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        return new Window(from, to, Math.max(days, 0), tally.logged(), tally.headache(),
                tally.logged() - tally.headache(), meanPeak, tally.medicationDays(), required,
                tooRecent || tally.logged() < required);
    }

    /** Headache days per logged day, current against baseline; nulls when either window is insufficient. */
    Comparison compare(Window baseline, Window current) {
        if (baseline.insufficientData() || current.insufficientData()) {
            return new Comparison(true, null, null);
        }
        if (baseline.headacheDays() == 0) {
            return new Comparison(false, null, false);
        }
        long currentScaled = (long) current.headacheDays() * baseline.loggedDays();
        long baselineScaled = (long) baseline.headacheDays() * current.loggedDays();
        BigDecimal percent = BigDecimal.valueOf(currentScaled - baselineScaled).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(baselineScaled), 1, RoundingMode.HALF_UP);
        boolean responder = currentScaled * 100 <= baselineScaled * (100L - rules.responderFallPercent());
        return new Comparison(false, percent.doubleValue(), responder);
    }

    /** Acute-medication days over the last 30 calendar days, with the threshold for the kinds logged. */
    MedicationOveruse overuse(Collection<DiaryEntry> entries, LocalDate today) {
        OutcomeRules.Overuse rule = rules.medicationOveruse();
        LocalDate from = today.minusDays(rule.windowDays() - 1L);
        TreeSet<String> kinds = new TreeSet<>();
        int days = 0;
        for (DiaryEntry entry : entries) {
            if (!entry.date().isBefore(from) && !entry.date().isAfter(today) && entry.tookAcuteMedication()) {
                days++;
                kinds.addAll(entry.acuteMedication());
            }
        }
        OutcomeRules.Threshold threshold = rule.thresholdFor(kinds);
        List<String> ordered = DiaryCodes.MEDICATION_KINDS.stream().filter(kinds::contains).toList();
        return new MedicationOveruse(from, today, days, threshold == null ? null : threshold.days(), ordered,
                threshold == null ? null : threshold.reason(), rule.source());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The comparison figures: null percent and responder when data is insufficient. */
    record Comparison(boolean insufficient, Double percent, Boolean responder) {
    }

    /** The course start date (null when there is none) and where it came from. */
    record CourseStart(LocalDate date, String source) {
    }
}
