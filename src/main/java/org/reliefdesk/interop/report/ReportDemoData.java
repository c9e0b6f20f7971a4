package org.reliefdesk.interop.report;

import java.time.LocalDate;
import java.util.List;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.DiaryInput;
import org.reliefdesk.outcomes.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.shared.FieldErrors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's full progress report: {@code client@demo.reliefdesk.local} already has six weekly sessions with signed
 * notes, three months of diary and MIDAS at intake and at a check-in (the bookings, charting and outcomes seeders);
 * this makes sure both diary windows have every day logged (a missing day becomes a headache-free one), so that the
 * report shows every figure. Idempotent: a fully logged window is left alone.
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class ReportDemoData implements DemoSeeder {

    static final String EMAIL = "client@demo.reliefdesk.local";
    private static final Logger log = LoggerFactory.getLogger(ReportDemoData.class);
    private final Accounts accounts;
    private final Clients clients;
    private final Diary diary;
    private final ProgressReports reports;

    ReportDemoData(Accounts accounts, Clients clients, Diary diary, ProgressReports reports) {
        this.accounts = accounts;
        this.clients = clients;
        this.diary = diary;
        this.reports = reports;
    }

    @Override
    public int order() {
        return 96;
    }

    @Override
    public void seed() {
        Client client = accounts.findByEmail(EMAIL).flatMap(a -> clients.findByUser(a.id())).orElse(null);
        if (client == null) {
            return;
        }
        ProgressReport report = reports.of(client);
        Outcome outcome = report.outcome();
        for (Outcome.Window window : windows(outcome)) {
            fill(client, window.from(), window.to());
        }
        if (report.course().sessionsAttended() < 6 || report.course().signedNotes() < 6
                || outcome.midas().latest() == null) {
            log.warn("Demo progress report for {} is not full: {} sessions, {} signed notes, MIDAS {}", EMAIL,
                    report.course().sessionsAttended(), report.course().signedNotes(), outcome.midas());
        }
    }

    private static List<Outcome.Window> windows(Outcome outcome) {
        return outcome.baseline() == null || outcome.current() == null ? List.of()
                : List.of(outcome.baseline(), outcome.current());
    }

    private void fill(Client client, LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (diary.on(client.id(), day).isEmpty()) {
                FieldErrors errors = new FieldErrors();
                diary.record(client.id(), day, new DiaryInput(false, null, null, List.of(), List.of(), null),
                        client.userId(), errors);
            }
        }
    }
}
