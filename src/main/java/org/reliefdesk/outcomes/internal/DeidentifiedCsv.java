package org.reliefdesk.outcomes.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.reliefdesk.outcomes.internal.PracticeReport.ClientResult;

/**
 * The practice figures as de-identified CSV: no names, contacts or dates of birth; one row for the
 * practice and one per 10-year age band; any group of fewer than 5 clients is suppressed.
 */
final class DeidentifiedCsv {

    static final int SMALLEST_GROUP = 5;
    static final String HEADER = "group,clients_in_course,with_enough_diary_data,share_with_enough_diary_data_percent,"
            + "responders_50,responder_rate_percent,median_headache_days_change_percent,signed_notes,"
            + "notes_with_adverse_reaction,clients_with_adverse_reaction,suppressed";

    private DeidentifiedCsv() {
    }

    static String of(List<ClientResult> results, Map<UUID, LocalDate> birthDates, LocalDate asOf) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        row(csv, PracticeFigures.of("ALL", results), results.size() < SMALLEST_GROUP);
        Map<String, List<ClientResult>> bands = results.stream().collect(Collectors.groupingBy(
                r -> band(birthDates.get(r.clientId()), asOf), TreeMap::new, Collectors.toList()));
        String alsoHidden = secondarySuppression(bands);
        bands.forEach((band, group) -> row(csv, PracticeFigures.of("AGE_" + band, group),
                group.size() < SMALLEST_GROUP || band.equals(alsoHidden)));
        return csv.toString();
    }

    /**
     * When exactly one band is small, the practice row minus the others would reveal it: then the
     * smallest of the other bands is suppressed too. Returns that band, or null.
     */
    static String secondarySuppression(Map<String, List<ClientResult>> bands) {
        long small = bands.values().stream().filter(g -> g.size() < SMALLEST_GROUP).count();
        if (small != 1) {
            return null;
        }
        return bands.entrySet().stream().filter(e -> e.getValue().size() >= SMALLEST_GROUP)
                .min(java.util.Comparator.comparingInt((Map.Entry<String, List<ClientResult>> e) -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** A 10-year age band such as {@code 30-39}; 90 and over together; unknown when there is no date. */
    static String band(LocalDate birthDate, LocalDate asOf) {
        if (birthDate == null) {
            return "UNKNOWN";
        }
        int age = Period.between(birthDate, asOf).getYears();
        if (age >= 90) {
            return "90+";
        }
        int low = Math.max(0, age / 10 * 10);
        return String.format("%02d-%02d", low, low + 9);
    }

    private static void row(StringBuilder csv, PracticeFigures f, boolean suppressed) {
        if (suppressed) {
            csv.append(f.group()).append(",,,,,,,,,,true\r\n");
            return;
        }
        csv.append(String.join(",", f.group(), n(f.clientsInCourse()), n(f.withEnoughDiaryData()),
                n(f.shareWithEnoughDiaryData()), n(f.responders()), n(f.responderRate()),
                n(f.medianHeadacheDaysChangePercent()), n(f.signedNotes()), n(f.notesWithAdverseReaction()),
                n(f.clientsWithAdverseReaction()), "false")).append("\r\n");
    }

    private static String n(Object value) {
        return value == null ? "" : value.toString();
    }
}
