package org.reliefdesk.billing.superbills;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.reliefdesk.billing.Money;

/**
 * What a superbill carries for a date range: the practice and its tax id and NPI, the therapists with their licences,
 * the client, the diagnoses on file (never chosen by ReliefDesk), and each completed session with its procedure codes
 * and units, its charge and what was paid.
 */
record Superbill(LocalDate from, LocalDate to, Practice practice, Person client, List<Diagnosis> diagnoses,
        List<Provider> providers, List<Session> sessions, String currency) {

    record Practice(String name, String address, String phone, String email, String taxId, String npi) {
    }

    record Person(String name, LocalDate dateOfBirth) {
    }

    /** A therapist who saw the client in the range; {@code licence} is null when none is on file. */
    record Provider(String name, String licence) {
    }

    /**
     * One completed session. {@code fromPlan}: no signed note, so the minutes are the accepted plan's. {@code charge}
     * (the checkout invoice's total less credit notes) and {@code paid} are null when the visit has no invoice.
     */
    record Session(LocalDate date, String therapist, List<Line> lines, boolean fromPlan, Money charge, Money paid) {

        /** {@code 97124 × 3, 97140 × 1}. */
        String codes() {
            return lines.stream().map(Line::text).collect(Collectors.joining(", "));
        }
    }

    /** One procedure code of a session: our own short name, the timed minutes behind it and its units. */
    record Line(String code, String name, int minutes, int units) {

        String text() {
            return code + " \u00d7 " + units;
        }
    }

    Money charged() {
        return Money.sum(sessions.stream().map(Session::charge).filter(java.util.Objects::nonNull).toList());
    }

    Money paid() {
        return Money.sum(sessions.stream().map(Session::paid).filter(java.util.Objects::nonNull).toList());
    }
}
