package org.reliefdesk.screening.internal;

import java.time.LocalDate;

import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.TypedFields;

/** Checks a clearance as typed: who cleared (≤ 200 characters), on which day (intake day to today), a note (≤ 2000). */
public final class ClearanceRequests {

    private ClearanceRequests() {
    }

    /** The clearance day, or a 422 naming each broken field. */
    public static LocalDate check(String clearedBy, String clearedOn, String note, LocalDate intakeDay,
            LocalDate today) {
        FieldErrors errors = new FieldErrors();
        errors.name("clearedBy", clearedBy, 200);
        errors.maxLength("note", note, 2000);
        errors.required("clearedOn", clearedOn);
        LocalDate day = TypedFields.date("clearedOn", clearedOn, errors);
        if (day != null && day.isAfter(today)) {
            errors.add("clearedOn", "must not be in the future (today is " + today + ")");
        } else if (day != null && day.isBefore(intakeDay.minusYears(1))) {
            errors.add("clearedOn", "must be at most a year before the intake (" + intakeDay
                    + "): an older clearance does not speak to what this intake raised");
        }
        errors.throwIfAny();
        return day;
    }
}
