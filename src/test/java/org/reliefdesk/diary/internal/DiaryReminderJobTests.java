package org.reliefdesk.diary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.notifications.Outbox;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class DiaryReminderJobTests {

    @LocalServerPort
    int port;
    @Autowired
    DiaryReminderJob job;
    @Autowired
    Outbox outbox;
    @Autowired
    Clock clock;

    long remindersTo(String email) {
        return outbox.list(null, PageParams.of(0, 200)).items().stream()
                .filter(m -> m.kind().equals("DIARY_REMINDER") && m.recipient().equals(email)).count();
    }

    @Test
    void remindsOnceADayAtTheChosenHourUnlessTodayIsLogged() {
        ZonedDateTime at = ZonedDateTime.now(clock).withHour(7);
        String email = TestData.uniqueEmail("remind");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        Api client = Api.anonymous(port).as(email, TestData.PASSWORD);
        client.put("/api/v1/clients/" + clientId + "/diary-reminder", Map.of("hour", 7));

        assertThat(job.queueDue(at.withHour(6))).isZero();
        job.queueDue(at);
        job.queueDue(at.plusMinutes(5));
        assertThat(remindersTo(email)).isEqualTo(1);
        assertThat(outbox.list(null, PageParams.of(0, 200)).items().stream()
                .filter(m -> m.recipient().equals(email)).findFirst().orElseThrow().subject())
                .doesNotContainIgnoringCase("headache");

        String logged = TestData.uniqueEmail("logged");
        String loggedId = TestData.registerClient(Api.anonymous(port), logged);
        Api loggedClient = Api.anonymous(port).as(logged, TestData.PASSWORD);
        loggedClient.put("/api/v1/clients/" + loggedId + "/diary-reminder", Map.of("hour", 7));
        loggedClient.put("/api/v1/clients/" + loggedId + "/diary/" + at.toLocalDate(), Map.of("headache", false));
        job.queueDue(at);
        assertThat(remindersTo(logged)).isZero();
    }
}
