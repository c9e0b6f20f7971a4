package org.reliefdesk.interop.record;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.clients.ClientClosures;
import org.reliefdesk.scheduling.Visits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The retention job: once a closed client's {@code purge_after} has passed, their clinical record is deleted
 * ({@link ClinicalRecord}), the client and their sign-in account are de-identified (the rows stay: bookings and
 * invoices keep their client, so the practice's counts and the books stay whole), and an audit row is written.
 * Daily, on one instance at a time (ShedLock); each client in its own transaction that first claims the client row,
 * so a second run, on this or another instance, waits for the first and then finds nothing left to do.
 */
@Component
class RecordPurge {

    private static final int BATCH = 100;

    private final ClientClosures closures;
    private final ClinicalRecord record;
    private final Visits visits;
    private final Accounts accounts;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionOperations tx;
    private final Clock clock;

    RecordPurge(ClientClosures closures, ClinicalRecord record, Visits visits, Accounts accounts, AuditLog audit,
            JdbcClient jdbc, TransactionOperations tx, Clock clock) {
        this.closures = closures;
        this.record = record;
        this.visits = visits;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${reliefdesk.retention.purge-cron:0 15 3 * * *}")
    @SchedulerLock(name = "record-purge", lockAtMostFor = "PT2H")
    void daily() {
        purge(clock.instant());
    }

    /** Purges every closed client past retention at {@code now}; returns those this call purged. */
    List<UUID> purge(Instant now) {
        List<UUID> purged = new ArrayList<>();
        List<UUID> due;
        do {
            due = closures.duePurge(now, BATCH);
            int before = purged.size();
            due.forEach(id -> tx.execute(status -> purgeOne(id, now)).ifPresent(purged::add));
            if (purged.size() == before) {
                break;
            }
        } while (due.size() == BATCH);
        return purged;
    }

    private Optional<UUID> purgeOne(UUID clientId, Instant now) {
        Optional<UUID> userId = closures.deidentify(clientId, now);
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("select set_config('reliefdesk.purge', 'on', true)").query(String.class).single();
        int rows = record.delete(clientId);
        visits.forgetNotes(clientId);
        accounts.forget(userId.get(), ClientClosures.PURGED_NAME);
        audit.record("system", "SYSTEM", "RECORD_PURGED", clientId, "CLIENT", clientId,
                rows + " clinical row(s) deleted past retention; client de-identified");
        return Optional.of(clientId);
    }
}
