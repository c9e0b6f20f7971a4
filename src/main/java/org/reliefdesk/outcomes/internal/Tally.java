package org.reliefdesk.outcomes.internal;

import java.time.LocalDate;
import java.util.Collection;

import org.reliefdesk.diary.DiaryEntry;

/** The diary counts of one window: logged days, headache days, the sum of their peaks, medication days. */
record Tally(int logged, int headache, int peakSum, int medicationDays) {

    static final Tally EMPTY = new Tally(0, 0, 0, 0);

    static Tally of(Collection<DiaryEntry> entries, LocalDate from, LocalDate to) {
        int logged = 0;
        int headache = 0;
        int peakSum = 0;
        int medication = 0;
        for (DiaryEntry entry : entries) {
            if (entry.date().isBefore(from) || entry.date().isAfter(to)) {
                continue;
            }
            logged++;
            if (entry.headache()) {
                headache++;
                peakSum += entry.peakIntensity() == null ? 0 : entry.peakIntensity();
            }
            medication += entry.tookAcuteMedication() ? 1 : 0;
        }
        return new Tally(logged, headache, peakSum, medication);
    }
}
