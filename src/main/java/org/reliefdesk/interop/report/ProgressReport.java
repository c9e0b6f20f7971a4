package org.reliefdesk.interop.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.clients.Client;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.screening.ClearanceOnFile;
import org.reliefdesk.screening.Flag;

/**
 * The progress report for the client's physician (API.md "Interoperability and the client's own record"): who, where,
 * the course of massage, the diary before against now (from the outcomes module), headache days per week, adverse
 * reactions from the signed notes and the screening flags and clearances on file. A record, not proof.
 */
public record ProgressReport(Client client, Practice.Details practice, List<Therapist> therapists, Course course,
        Outcome outcome, List<Week> weeks, List<Reaction> adverseReactions, String screeningStatus, List<Flag> flags,
        List<ClearanceOnFile> clearances, LocalDate preparedOn) {

    /** A therapist who saw the client, with the sessions they gave (most first). */
    public record Therapist(UUID id, String name, int sessions) {
    }

    /** The course: first attended session, sessions attended, signed notes and the techniques they record. */
    public record Course(LocalDate firstSession, int sessionsAttended, int signedNotes, List<Technique> techniques) {
    }

    /** Minutes of one technique over the signed notes, and in how many sessions it was used. */
    public record Technique(String code, int minutes, int sessions) {
    }

    /** Seven diary days ending on {@code to}: how many were logged and how many had a headache. */
    public record Week(LocalDate from, LocalDate to, int loggedDays, int headacheDays) {
    }

    /** An adverse reaction recorded in a signed note of the session on {@code date}. */
    public record Reaction(LocalDate date, String text) {
    }
}
