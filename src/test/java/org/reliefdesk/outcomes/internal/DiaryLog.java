package org.reliefdesk.outcomes.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reliefdesk.diary.DiaryEntry;

/** A hand-written diary for calculation tests: fill days, then mark headaches, medicine and gaps. */
final class DiaryLog {

    private final Map<LocalDate, DiaryEntry> entries = new TreeMap<>();

    /** {@code days} headache-free days from {@code from}. */
    DiaryLog free(LocalDate from, int days) {
        for (int i = 0; i < days; i++) {
            LocalDate date = from.plusDays(i);
            entries.put(date, new DiaryEntry(date, false, null, null, List.of(), List.of(), null));
        }
        return this;
    }

    /** Headaches of this peak on {@code count} days from {@code from}, every {@code step} days. */
    DiaryLog headaches(LocalDate from, int count, int step, int peak, String... medicine) {
        for (int i = 0; i < count; i++) {
            headache(from.plusDays((long) i * step), peak, medicine);
        }
        return this;
    }

    DiaryLog headache(LocalDate date, int peak, String... medicine) {
        entries.put(date, new DiaryEntry(date, true, peak, java.math.BigDecimal.valueOf(4), List.of(medicine),
                List.of(), null));
        return this;
    }

    /** Medicine taken on a day without headache. */
    DiaryLog medicineOnly(LocalDate date, String... medicine) {
        entries.put(date, new DiaryEntry(date, false, null, null, List.of(medicine), List.of(), null));
        return this;
    }

    /** Leaves {@code days} days from {@code from} unlogged. */
    DiaryLog gap(LocalDate from, int days) {
        for (int i = 0; i < days; i++) {
            entries.remove(from.plusDays(i));
        }
        return this;
    }

    Collection<DiaryEntry> entries() {
        return entries.values();
    }
}
