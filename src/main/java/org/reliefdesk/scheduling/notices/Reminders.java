package org.reliefdesk.scheduling.notices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.booking.BookingStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues a reminder {@code reliefdesk.reminders.hours-before} hours (default 24) before each booked
 * session. Three guards keep it to one per session time: the job runs on one instance at a time
 * (ShedLock), the booking row records the start a reminder was queued for (in the same transaction
 * as the queuing), and the message's dedupe key {@code reminder:<booking>:<start>} is unique in the
 * outbox. A session moved to a new time gets a reminder for that time. No reminder for a session
 * booked or moved inside the window: its confirmation has just been sent.
 */
@Component
class Reminders {

    private static final int BATCH = 200;
    private final JdbcClient jdbc;
    private final Bookings bookings;
    private final BookingStore store;
    private final BookingMail mail;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration before;

    Reminders(JdbcClient jdbc, Bookings bookings, BookingStore store, BookingMail mail, TransactionTemplate tx,
            Clock clock, ReminderSettings settings) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.store = store;
        this.mail = mail;
        this.tx = tx;
        this.clock = clock;
        this.before = settings.before();
    }

    @Scheduled(fixedDelayString = "${reliefdesk.reminders.poll:5m}", initialDelayString = "${reliefdesk.reminders.poll:5m}")
    @SchedulerLock(name = "booking-reminders", lockAtMostFor = "PT10M")
    void queueDue() {
        int queued;
        do {
            queued = tx.execute(status -> queueBatch());
        } while (queued == BATCH);
    }

    /** One batch in one transaction; returns how many bookings it handled. */
    private int queueBatch() {
        Instant now = clock.instant();
        List<UUID> due = jdbc.sql("""
                select id from booking
                where status = 'BOOKED' and starts_at > :now and starts_at <= :horizon
                  and reminder_queued_for is distinct from starts_at
                  and coalesce(rescheduled_at, created_at) < starts_at - make_interval(secs => :before)
                order by starts_at limit :batch
                for update skip locked""")
                .param("now", Timestamp.from(now)).param("horizon", Timestamp.from(now.plus(before)))
                .param("before", before.toSeconds()).param("batch", BATCH).query(UUID.class).list();
        for (UUID id : due) {
            Booking booking = bookings.find(id).orElseThrow();
            mail.reminder(booking, "reminder:" + id + ":" + booking.start().getEpochSecond());
            store.reminderQueued(id);
        }
        return due.size();
    }
}
