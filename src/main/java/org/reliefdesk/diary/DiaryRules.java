package org.reliefdesk.diary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.reliefdesk.shared.FieldErrors;

/** The rules of one diary day (API.md "Charting, diary, outcomes"); adds one error per broken field. */
final class DiaryRules {

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(72);
    static final int NOTE_MAX = 2000;

    private DiaryRules() {
    }

    static void checkDate(String field, LocalDate date, LocalDate today, FieldErrors errors) {
        if (date.isAfter(today)) {
            errors.add(field, "must not be in the future (today is " + today + ")");
        } else if (date.isBefore(today.minusDays(DiaryCodes.DAYS_BACK))) {
            errors.add(field, "must be within the last " + DiaryCodes.DAYS_BACK + " days (from "
                    + today.minusDays(DiaryCodes.DAYS_BACK) + ")");
        }
    }

    static void check(DiaryInput input, FieldErrors errors) {
        if (input.headache() == null) {
            errors.required("headache", null);
        } else if (input.headache()) {
            checkHeadacheDay(input, errors);
        } else {
            checkHeadacheFreeDay(input, errors);
        }
        checkCodes("acuteMedication", input.acuteMedication(), DiaryCodes.MEDICATION_KINDS, errors);
        checkCodes("triggers", input.triggers(), DiaryCodes.TRIGGERS, errors);
        errors.maxLength("note", input.note(), NOTE_MAX);
    }

    private static void checkHeadacheDay(DiaryInput input, FieldErrors errors) {
        requireUnlessBroken("peakIntensity", input.peakIntensity(), errors);
        requireUnlessBroken("durationHours", input.durationHours(), errors);
        requireUnlessBroken("acuteMedication", input.acuteMedication(), errors);
        requireUnlessBroken("triggers", input.triggers(), errors);
        Integer peak = input.peakIntensity();
        if (peak != null && (peak < 0 || peak > 10)) {
            errors.add("peakIntensity", "must be between 0 and 10");
        }
        BigDecimal hours = input.durationHours();
        if (hours != null && (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0)) {
            errors.add("durationHours", "must be between 0 and 72");
        }
    }

    private static void checkHeadacheFreeDay(DiaryInput input, FieldErrors errors) {
        if (input.peakIntensity() != null && input.peakIntensity() != 0) {
            errors.add("peakIntensity", "must be empty (or 0) on a day without headache");
        }
        if (input.durationHours() != null && input.durationHours().signum() != 0) {
            errors.add("durationHours", "must be empty (or 0) on a day without headache");
        }
    }

    private static void requireUnlessBroken(String field, Object value, FieldErrors errors) {
        if (value == null && !errors.has(field)) {
            errors.add(field, "is required when headache is true");
        }
    }

    private static void checkCodes(String field, List<String> values, List<String> allowed, FieldErrors errors) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (value == null || !allowed.contains(value)) {
                String hint = "NONE".equals(value) ? " (send an empty list for none)" : "";
                errors.add(field, "'" + value + "' is not one of " + String.join(", ", allowed) + hint);
            }
        }
    }
}
