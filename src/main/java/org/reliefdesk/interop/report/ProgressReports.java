package org.reliefdesk.interop.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.charting.SessionNote.TechniqueUsed;
import org.reliefdesk.charting.SessionNotes;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.outcomes.Outcomes;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.Screenings;
import org.reliefdesk.shared.PageParams;
import org.springframework.stereotype.Component;

/** Builds a client's {@link ProgressReport} from the outcomes, notes, bookings, diary and screening modules. */
@Component
public class ProgressReports {

    /** At most this many weeks in the chart (the newest). */
    static final int MAX_WEEKS = 16;

    private final ClientAccess access;
    private final Outcomes outcomes;
    private final SessionNotes notes;
    private final Bookings bookings;
    private final Diary diary;
    private final Screenings screenings;
    private final Practice practice;
    private final Clock clock;

    ProgressReports(ClientAccess access, Outcomes outcomes, SessionNotes notes, Bookings bookings, Diary diary,
            Screenings screenings, Practice practice, Clock clock) {
        this.access = access;
        this.outcomes = outcomes;
        this.notes = notes;
        this.bookings = bookings;
        this.diary = diary;
        this.screenings = screenings;
        this.practice = practice;
        this.clock = clock;
    }

    /** The report, if {@code user} may read the client's clinical record (FRONT_DESK 403, another client 404); audited. */
    public ProgressReport read(UUID clientId, ReliefDeskUser user) {
        Client client = access.clinical(clientId, user, "READ_PROGRESS_REPORT", "PROGRESS_REPORT", null);
        return of(client);
    }

    /** The report of a client whose access has been checked by the caller. */
    public ProgressReport of(Client client) {
        Outcome outcome = outcomes.of(client.id(), null, null);
        LocalDate today = diary.today();
        List<Booking> attended = bookings.attended(client.id(), clock.instant());
        List<SessionNotes.SignedSession> signed = notes.signedSessions(client.id());
        Screening screening = screenings.latest(client.id()).orElse(null);
        return new ProgressReport(client, practice.details(), therapists(attended), course(attended, signed),
                outcome, weeks(client, outcome, today), reactions(signed),
                screening == null ? null : screening.status().name(),
                screening == null ? List.of() : screening.flags(),
                screenings.clearances(client.id(), PageParams.of(0, PageParams.MAX_SIZE)).items(), today);
    }

    private static List<ProgressReport.Therapist> therapists(List<Booking> attended) {
        Map<UUID, ProgressReport.Therapist> seen = new LinkedHashMap<>();
        for (Booking b : attended) {
            seen.merge(b.therapistId(), new ProgressReport.Therapist(b.therapistId(), b.therapistName(), 1),
                    (a, n) -> new ProgressReport.Therapist(a.id(), a.name(), a.sessions() + 1));
        }
        return seen.values().stream()
                .sorted(Comparator.comparingInt(ProgressReport.Therapist::sessions).reversed()).toList();
    }

    private static ProgressReport.Course course(List<Booking> attended, List<SessionNotes.SignedSession> signed) {
        Map<String, int[]> techniques = new LinkedHashMap<>();
        for (SessionNotes.SignedSession session : signed) {
            Map<String, Integer> inSession = new LinkedHashMap<>();
            for (TechniqueUsed t : session.techniques()) {
                inSession.merge(t.technique(), t.minutes() == null ? 0 : t.minutes(), Integer::sum);
            }
            inSession.forEach((code, minutes) -> {
                int[] total = techniques.computeIfAbsent(code, c -> new int[2]);
                total[0] += minutes;
                total[1]++;
            });
        }
        List<ProgressReport.Technique> used = new ArrayList<>();
        techniques.forEach((code, t) -> used.add(new ProgressReport.Technique(code, t[0], t[1])));
        used.sort(Comparator.comparingInt(ProgressReport.Technique::minutes).reversed());
        LocalDate first = attended.isEmpty() ? null : attended.get(0).localStart().toLocalDate();
        return new ProgressReport.Course(first, attended.size(), signed.size(), used);
    }

    /** Weeks ending today back to the baseline's start (or 12 weeks with no baseline), at most {@value #MAX_WEEKS}. */
    private List<ProgressReport.Week> weeks(Client client, Outcome outcome, LocalDate today) {
        LocalDate from = outcome.baseline() != null ? outcome.baseline().from() : today.minusWeeks(12).plusDays(1);
        long count = Math.min(MAX_WEEKS, Math.max(1, (java.time.temporal.ChronoUnit.DAYS.between(from, today) + 7) / 7));
        LocalDate first = today.minusDays(count * 7 - 1);
        int[] logged = new int[(int) count];
        int[] headache = new int[(int) count];
        for (DiaryEntry entry : diary.between(client.id(), first, today)) {
            int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(first, entry.date()) / 7);
            logged[week]++;
            headache[week] += entry.headache() ? 1 : 0;
        }
        List<ProgressReport.Week> weeks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            weeks.add(new ProgressReport.Week(first.plusDays(7L * i), first.plusDays(7L * i + 6), logged[i],
                    headache[i]));
        }
        return weeks;
    }

    private static List<ProgressReport.Reaction> reactions(List<SessionNotes.SignedSession> signed) {
        return signed.stream().filter(s -> s.adverseReaction() != null && !s.adverseReaction().isBlank())
                .map(s -> new ProgressReport.Reaction(s.date(), s.adverseReaction().strip())).toList();
    }
}
