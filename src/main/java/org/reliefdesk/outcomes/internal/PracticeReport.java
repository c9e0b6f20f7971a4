package org.reliefdesk.outcomes.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.charting.SessionNotes;
import org.reliefdesk.charting.SessionNotes.Reactions;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.Diary.Counts;
import org.reliefdesk.diary.Diary.Span;
import org.reliefdesk.outcomes.internal.OutcomeCalculator.Comparison;
import org.reliefdesk.scheduling.Bookings;
import org.springframework.stereotype.Component;

/**
 * The practice's figures, computed afresh on every request (no stored totals, no cache): clients
 * in a course (an attended session in the last 90 days), each compared with their own baseline
 * by the same rules as their outcome page.
 */
@Component
class PracticeReport {

    static final int PERIOD_DAYS = 90;
    private final Bookings bookings;
    private final Diary diary;
    private final SessionNotes notes;
    private final Clock clock;
    private final OutcomeRules rules;
    private final OutcomeCalculator calculator;

    PracticeReport(Bookings bookings, Diary diary, SessionNotes notes, Clock clock, OutcomeEngine engine) {
        this.bookings = bookings;
        this.diary = diary;
        this.notes = notes;
        this.clock = clock;
        this.rules = engine.rules();
        this.calculator = new OutcomeCalculator(rules);
    }

    /** Each client in a course with their comparison and their notes of the period. */
    List<ClientResult> results() {
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(PERIOD_DAYS));
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        int days = rules.baselineDays();
        Map<UUID, LocalDate> starts = bookings.firstAttendedOfClientsAttendedSince(since, now);
        List<UUID> clients = new ArrayList<>(starts.keySet());
        List<Span> spans = new ArrayList<>();
        for (UUID client : clients) {
            LocalDate start = starts.get(client);
            spans.add(new Span(client, start.minusDays(days), start.minusDays(1)));
            spans.add(new Span(client, OutcomeCalculator.currentFrom(start, days, today), today));
        }
        List<Counts> counts = diary.counts(spans);
        Map<UUID, Reactions> reactions = notes.reactionsByClient(since);
        List<ClientResult> results = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            UUID client = clients.get(i);
            LocalDate start = starts.get(client);
            Comparison comparison = calculator.compare(calculator.baselineWindow(start, days, tally(counts.get(2 * i))),
                    calculator.currentWindow(start, days, today, tally(counts.get(2 * i + 1))));
            results.add(new ClientResult(client, comparison, reactions.getOrDefault(client, new Reactions(0, 0, 0))));
        }
        return results;
    }

    private static Tally tally(Counts counts) {
        return new Tally(counts.logged(), counts.headache(), counts.peakSum(), counts.medicationDays());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String caveat() {
        return rules.caveat();
    }

    /** One client's comparison (figures null when insufficient) and their signed notes of the period. */
    record ClientResult(UUID clientId, Comparison comparison, Reactions reactions) {
    }
}
