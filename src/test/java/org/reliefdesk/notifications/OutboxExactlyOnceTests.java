package org.reliefdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.reliefdesk.ReliefDeskApplication;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Mailbox;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application instances on one database, each polling the outbox every 200 ms, and a restart of
 * one of them in the middle: every message arrives exactly once, with its own Message-ID.
 */
@IntegrationTest
class OutboxExactlyOnceTests {

    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void twoInstancesAndARestartSendEachMessageOnce() throws Exception {
        String to = TestData.uniqueEmail("once");
        ConfigurableApplicationContext second = startSecondInstance();
        try {
            queue(to, 0, 40);
        } finally {
            second.close();
        }
        queue(to, 40, 20);
        ConfigurableApplicationContext restarted = startSecondInstance();
        try {
            queue(to, 60, 20);
            Mailbox.await(to, 80);
            List<MimeMessage> received = Mailbox.afterOutboxDrained(jdbc, to);
            Set<String> ids = new HashSet<>();
            for (MimeMessage message : received) {
                ids.add(message.getMessageID());
            }
            assertThat(received).hasSize(80);
            assertThat(ids).hasSize(80);
            assertThat(jdbc.sql("select count(*) from outbox_message where recipient = :to and sent_at is not null")
                    .param("to", to).query(Long.class).single()).isEqualTo(80);
        } finally {
            restarted.close();
        }
    }

    @Test
    void aDedupeKeyQueuesAMessageOnlyOnce() {
        String to = TestData.uniqueEmail("dedupe");
        String key = "reminder:" + to;
        assertThat(outbox.queue(new Email("REMINDER", to, "Reminder", "See you tomorrow", key))).isNotNull();
        assertThat(outbox.queue(new Email("REMINDER", to, "Reminder", "See you tomorrow", key))).isNull();
        assertThat(Mailbox.await(to, 1)).hasSize(1);
    }

    private void queue(String to, int from, int count) {
        transactions.executeWithoutResult(status -> {
            for (int i = from; i < from + count; i++) {
                outbox.queue(Email.of("TEST", to, "Message " + i, "Body " + i));
            }
        });
    }

    private static ConfigurableApplicationContext startSecondInstance() {
        return new SpringApplicationBuilder(ReliefDeskApplication.class).properties("server.port=0").run();
    }
}
