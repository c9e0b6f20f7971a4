package org.reliefdesk.outcomes;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's course compared with their own baseline (API.md "Charting, diary, outcomes"):
 * the window before the course start against the latest window of the same length. Comparison
 * figures are null when either window has too little diary data; a record, not proof.
 */
public record Outcome(LocalDate courseStart, String courseStartSource, int baselineDays, Window baseline,
        Window current, boolean insufficientData, Double headacheDaysChangePercent, Boolean responder50,
        boolean medicationOveruseWarning, MedicationOveruse medicationOveruse, Midas midas, String caveat) {

    /** Where the course start came from: the first attended session, the request, or nowhere. */
    public static final String FIRST_SESSION = "FIRST_ATTENDED_SESSION";
    public static final String GIVEN = "GIVEN";
    public static final String NONE = "NONE";

    /** One window's diary figures; {@code meanPeakIntensity} is over headache days (null with none). */
    public record Window(LocalDate from, LocalDate to, int days, int loggedDays, int headacheDays,
            int headacheFreeDays, Double meanPeakIntensity, int acuteMedicationDays, int requiredLoggedDays,
            boolean insufficientData) {
    }

    /** Acute-medication days in the last 30 calendar days against the threshold for the kinds logged. */
    public record MedicationOveruse(LocalDate from, LocalDate to, int acuteMedicationDays, Integer thresholdDays,
            List<String> kindsLogged, String reason, String source) {
    }

    /** MIDAS at intake and the newest score (a check-in or a later intake), with its change. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "OutcomeMidas")
    public record Midas(Integer baseline, String baselineGrade, Integer latest, String latestGrade,
            LocalDate latestOn, Integer change) {

        public static final Midas NONE = new Midas(null, null, null, null, null, null);
    }
}
