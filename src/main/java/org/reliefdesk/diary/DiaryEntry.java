package org.reliefdesk.diary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One day of a client's headache diary. On a headache-free day {@code peakIntensity} and
 * {@code durationHours} are null; acute medication may still be logged (it counts).
 */
public record DiaryEntry(LocalDate date, boolean headache, Integer peakIntensity, BigDecimal durationHours,
        List<String> acuteMedication, List<String> triggers, String note) {

    public DiaryEntry {
        acuteMedication = List.copyOf(acuteMedication);
        triggers = List.copyOf(triggers);
    }

    public boolean tookAcuteMedication() {
        return !acuteMedication.isEmpty();
    }
}
