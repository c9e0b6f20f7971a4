package org.reliefdesk.billing.superbills;

/** A diagnosis as typed from the physician's letter (every field text; checked by {@link Diagnoses#add}). */
public record NewDiagnosis(String code, String description, String diagnosedBy, String diagnosedOn) {
}
