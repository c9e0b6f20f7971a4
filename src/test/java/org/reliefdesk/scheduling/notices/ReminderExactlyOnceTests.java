package org.reliefdesk.scheduling.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.reliefdesk.ReliefDeskApplication;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Mailbox;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The proof that a reminder goes out once: two application instances on one database, both running
 * the reminder job (every 500 ms, and also called by hand from both at once), one of them restarted
 * in the middle; then every booking's reminder marker is wiped as if a crash had lost it and the
 * job runs again. Each booking gets exactly one reminder, queued once and delivered once.
 */
@IntegrationTest
class ReminderExactlyOnceTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reminders reminders;

    String location;
    String therapist;
    /** The next free start: one session after another from two hours from now. */
    ZonedDateTime next = ZonedDateTime.now(NEW_YORK).plusHours(2).withMinute(0).withSecond(0).withNano(0);

    @Test
    void twoInstancesAndARestartRemindEachBookingOnce() throws Exception {
        location = Scheduling.location(port, "America/New_York", 2, 0, 0).get("id").asString();
        therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"),
                java.time.LocalDate.now().plusYears(1), "00:00", "24:00");
        List<String[]> booked = new ArrayList<>();
        ConfigurableApplicationContext second = startSecondInstance();
        try {
            booked.addAll(bookDue(4));
            runTogether(reminders, second.getBean(Reminders.class));
        } finally {
            second.close();
        }
        booked.addAll(bookDue(4));
        ConfigurableApplicationContext restarted = startSecondInstance();
        try {
            booked.addAll(bookDue(4));
            runTogether(reminders, restarted.getBean(Reminders.class));
            for (String[] b : booked) {
                Mailbox.await(b[0], 2);
            }
            jdbc.sql("update booking set reminder_queued_for = null where location_id = cast(:l as uuid)")
                    .param("l", location).update();
            runTogether(reminders, restarted.getBean(Reminders.class));
            // a second reminder, had one been queued, goes out before the outbox is empty again
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                    select count(*) from outbox_message where kind = 'REMINDER' and sent_at is null""")
                    .query(Long.class).single() == 0);
        } finally {
            restarted.close();
        }
        for (String[] b : booked) {
            List<String> subjects = subjects(Mailbox.to(b[0]));
            assertThat(subjects.stream().filter(s -> s.startsWith("Reminder:")).count()).as(b[0] + " got " + subjects)
                    .isEqualTo(1);
            assertThat(jdbc.sql("""
                    select count(*) from outbox_message where kind = 'REMINDER' and recipient = :to and sent_at is not null""")
                    .param("to", b[0]).query(Long.class).single()).isEqualTo(1);
        }
    }

    /** Books {@code count} sessions inside the next 24 hours, made as if three days ago (so a reminder is due). */
    private List<String[]> bookDue(int count) {
        List<String[]> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] client = Scheduling.clearedClient(port);
            var response = Api.anonymous(port).as(client[0], TestData.PASSWORD).post("/api/v1/bookings",
                    Map.of("clientId", client[1], "locationId", location, "serviceCode", "MEDICAL_MASSAGE_60",
                            "start", next.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), "therapistId", therapist));
            assertThat(response.status()).as(response.text()).isEqualTo(201);
            String id = response.json().get("id").asString();
            jdbc.sql("update booking set created_at = now() - interval '3 days' where id = cast(:id as uuid)")
                    .param("id", id).update();
            made.add(new String[] {client[0], id});
            next = next.plusMinutes(75);
        }
        return made;
    }

    /** Both instances run the job at the same moment, several times. */
    private static void runTogether(Reminders one, Reminders two) {
        for (int round = 0; round < 3; round++) {
            CompletableFuture.allOf(CompletableFuture.runAsync(one::queueDue), CompletableFuture.runAsync(two::queueDue))
                    .join();
        }
    }

    private static List<String> subjects(List<MimeMessage> messages) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : messages) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }

    private static ConfigurableApplicationContext startSecondInstance() {
        return new SpringApplicationBuilder(ReliefDeskApplication.class).properties("server.port=0").run();
    }
}
