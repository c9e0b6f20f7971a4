package org.reliefdesk.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

class MailTransportTests {

    @TempDir
    Path outbox;

    @Test
    void withoutAnSmtpHostMessagesAreWrittenAsEmlFilesKeepingOurMessageId() throws Exception {
        var noSmtp = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        var transport = new MailTransport(noSmtp, new MailSettings(null, outbox, null, null, null));
        UUID id = UUID.randomUUID();
        transport.deliver(new MailTransport.QueuedEmail(id, "<" + id + "@reliefdesk.local>", "ann@example.org",
                "Your booking", "See you on Monday.", null, null, null, 0), List.of());
        String eml = Files.readString(outbox.resolve(id + ".eml"));
        assertThat(eml).contains("Message-ID: <" + id + "@reliefdesk.local>", "To: ann@example.org",
                "Subject: Your booking", "See you on Monday.");
    }

    @Test
    void htmlAndAnAttachmentMakeMixedAroundAlternativeFromThePracticeWithItsReplyTo() throws Exception {
        var noSmtp = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        var transport = new MailTransport(noSmtp, new MailSettings("ReliefDesk <desk@clinic.example>", outbox, null,
                null, null));
        UUID id = UUID.randomUUID();
        transport.deliver(new MailTransport.QueuedEmail(id, "<" + id + "@reliefdesk.local>", "ann@example.org",
                "Your booking", "See you on Monday.", "<p>See you on Monday.</p>", "Harbour Street Massage",
                "hello@harbour.example", 0), List.of(new org.reliefdesk.notifications.Email.Attachment("session.ics",
                        "text/calendar; charset=UTF-8; method=REQUEST", "BEGIN:VCALENDAR".getBytes())));
        String eml = Files.readString(outbox.resolve(id + ".eml"));
        assertThat(eml).contains("From: Harbour Street Massage <desk@clinic.example>",
                "Reply-To: hello@harbour.example", "Content-Type: multipart/mixed", "Content-Type: multipart/alternative",
                "Content-Type: text/plain; charset=UTF-8", "Content-Type: text/html; charset=UTF-8",
                "method=REQUEST", "filename=session.ics");
        assertThat(eml.indexOf("multipart/alternative")).isLessThan(eml.indexOf("text/calendar"));
    }

    @Test
    void retriesBackOffExponentiallyUpToAnHour() {
        var settings = new MailSettings(null, null, null, Duration.ofMinutes(1), null);
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.backoff(10)).isEqualTo(Duration.ofHours(1));
    }
}
