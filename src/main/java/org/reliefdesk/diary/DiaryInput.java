package org.reliefdesk.diary;

import java.math.BigDecimal;
import java.util.List;

/**
 * What someone typed for one diary day, before the rules are checked (any field may be null).
 * {@code headache} is required; the others are required when it is true.
 */
public record DiaryInput(Boolean headache, Integer peakIntensity, BigDecimal durationHours,
        List<String> acuteMedication, List<String> triggers, String note) {
}
