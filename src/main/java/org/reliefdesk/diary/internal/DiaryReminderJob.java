package org.reliefdesk.diary.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.notifications.Email;
import org.reliefdesk.notifications.Outbox;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues the daily "log your diary" email for clients whose chosen hour it is (practice time)
 * and who have not logged today yet; once a day each (dedupe key). No health details in it.
 */
@Component
class DiaryReminderJob {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Practice practice;
    private final Clock clock;
    private final String baseUrl;

    DiaryReminderJob(JdbcClient jdbc, Outbox outbox, Practice practice, Clock clock,
            ReliefDeskSettings settings) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.practice = practice;
        this.clock = clock;
        this.baseUrl = settings.baseUrl();
    }

    @Scheduled(cron = "${reliefdesk.diary.reminder-cron:0 */5 * * * *}")
    @SchedulerLock(name = "diary-reminders", lockAtMostFor = "PT5M")
    void run() {
        queueDue(ZonedDateTime.now(clock));
    }

    /** Queues the reminders due at {@code now}; returns how many were newly queued. */
    int queueDue(ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        List<Due> due = jdbc.sql("""
                select c.id, c.email, c.full_name from diary_reminder r join client c on c.id = r.client_id
                join app_user u on u.id = c.user_id
                where r.hour = :hour and u.enabled
                  and not exists (select 1 from diary_entry d where d.client_id = c.id and d.entry_date = :today)""")
                .param("hour", now.getHour()).param("today", today).query(Due.class).list();
        String practiceName = practice.details().name();
        int queued = 0;
        for (Due client : due) {
            queued += outbox.queue(email(client, practiceName, today)) == null ? 0 : 1;
        }
        return queued;
    }

    private Email email(Due client, String practiceName, LocalDate today) {
        return new Email("DIARY_REMINDER", client.email(), "Your daily diary reminder", """
                Hello %s,

                This is the daily reminder you asked for: a few seconds to fill in today's diary.
                %s/diary

                To change the time or stop these reminders: %s/diary/reminder

                %s
                """.formatted(client.fullName(), baseUrl, baseUrl, practiceName),
                "diary-reminder:" + client.id() + ":" + today);
    }

    record Due(UUID id, String email, String fullName) {
    }
}
