package org.reliefdesk.diary.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.notifications.Letter;
import org.reliefdesk.notifications.Outbox;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues the daily "log your diary" email for clients whose chosen hour it is (practice time)
 * and who have not logged today yet; once a day each (dedupe key), in the client's language, from the
 * practice. No health details in it.
 */
@Component
class DiaryReminderJob {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Practice practice;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    DiaryReminderJob(JdbcClient jdbc, Outbox outbox, Practice practice, MessageSource messages, Clock clock,
            ReliefDeskSettings settings) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.practice = practice;
        this.messages = messages;
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
                select c.id, c.email, c.full_name, u.preferred_language from diary_reminder r join client c on c.id = r.client_id
                join app_user u on u.id = c.user_id
                where r.hour = :hour and u.enabled
                  and not exists (select 1 from diary_entry d where d.client_id = c.id and d.entry_date = :today)""")
                .param("hour", now.getHour()).param("today", today).query(Due.class).list();
        var details = practice.details();
        var from = new Letter.Letterhead(details.name(), details.email(), details.address(), details.phone());
        int queued = 0;
        for (Due client : due) {
            queued += outbox.queue(letter(client, from, today)) == null ? 0 : 1;
        }
        return queued;
    }

    private Letter letter(Due client, Letter.Letterhead from, LocalDate today) {
        Locale locale = practice.documentLocale(Letter.language(client.preferredLanguage()));
        Letter.Words w = new Letter.Words(messages, locale);
        return Letter.builder("DIARY_REMINDER", client.email(), locale, from).subject(w.text("mail.diary.subject"))
                .greeting(w.text("mail.greeting", client.fullName())).paragraph(w.text("mail.diary.lead"))
                .button(w.text("mail.diary.open"), baseUrl + "/diary")
                .note(w.text("mail.diary.change", baseUrl + "/diary/reminder"))
                .dedupeKey("diary-reminder:" + client.id() + ":" + today).build();
    }

    record Due(UUID id, String email, String fullName, String preferredLanguage) {
    }
}
