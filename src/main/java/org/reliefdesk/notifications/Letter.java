package org.reliefdesk.notifications;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.reliefdesk.shared.Amounts;
import org.springframework.context.MessageSource;

/**
 * What an email says, already in the recipient's language: a greeting, its parts ({@link LetterPart}: paragraphs,
 * facts, a link as a button, a numbered list, small print), signed by the practice. {@link Outbox#queue(Letter)}
 * sends it as plain text ({@link #text()}) and as HTML in the shared layout ({@code notifications/letter}).
 */
public record Letter(String kind, String to, Locale locale, Letterhead from, String subject, String greeting,
        List<LetterPart> parts, List<Email.Attachment> attachments, String dedupeKey) {

    public Letter {
        parts = List.copyOf(parts);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The language of an email: the recipient's {@code preferredLanguage} when it is one we write, else English. */
    public static Locale language(String preferredLanguage) {
        return preferredLanguage != null && Locale.forLanguageTag(preferredLanguage.strip()).getLanguage().equals("es")
                ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }

    public static Builder builder(String kind, String to, Locale locale, Letterhead from) {
        return new Builder(kind, to, locale, from);
    }

    /** The practice behind a message: its name (the sender's display name), its email (Reply-To) and signature. */
    public record Letterhead(String name, String email, String address, String phone) {

        /** The signature's lines but the email: name, address, phone (those given). */
        public List<String> lines() {
            return java.util.stream.Stream.of(name, address, phone)
                    .filter(line -> line != null && !line.isBlank()).map(String::strip).toList();
        }

        public boolean hasEmail() {
            return email != null && !email.isBlank();
        }
    }

    /** A row of a {@link LetterPart.Facts} block: a label and its value. */
    public record Fact(String label, String value) {
    }

    /** The plain-text part: the same content as the HTML, a link written out after its label ({@link LetterText}). */
    public String text() {
        return LetterText.of(this);
    }

    /** Builds a letter part by part. */
    public static final class Builder {
        private final String kind;
        private final String to;
        private final Locale locale;
        private final Letterhead from;
        private final List<LetterPart> parts = new ArrayList<>();
        private final List<Email.Attachment> attachments = new ArrayList<>();
        private String subject;
        private String greeting = "";
        private String dedupeKey;

        private Builder(String kind, String to, Locale locale, Letterhead from) {
            this.kind = kind;
            this.to = to;
            this.locale = locale;
            this.from = from;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder greeting(String greeting) {
            this.greeting = greeting;
            return this;
        }

        public Builder paragraph(String text) {
            return text == null || text.isBlank() ? this : part(new LetterPart.Paragraph(text));
        }

        public Builder facts(List<Fact> rows) {
            return part(new LetterPart.Facts(rows));
        }

        public Builder button(String label, String url) {
            return part(new LetterPart.Button(label, url));
        }

        public Builder items(List<String> items) {
            return part(new LetterPart.Items(items));
        }

        public Builder note(String text) {
            return text == null || text.isBlank() ? this : part(new LetterPart.Note(text));
        }

        public Builder attach(Email.Attachment attachment) {
            attachments.add(attachment);
            return this;
        }

        public Builder dedupeKey(String key) {
            this.dedupeKey = key;
            return this;
        }

        public Letter build() {
            return new Letter(kind, to, locale, from, subject, greeting, parts, attachments, dedupeKey);
        }

        private Builder part(LetterPart part) {
            parts.add(part);
            return this;
        }
    }

    /** Words, dates, times and amounts in the recipient's language, from the message bundles. */
    public record Words(MessageSource messages, Locale locale) {

        public String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        /** A date or time in one of the shapes of messages.properties, e.g. {@code format.weekdayDateLong}. */
        public String format(TemporalAccessor value, String shape) {
            return DateTimeFormatter.ofPattern(text(shape), locale).format(value);
        }

        /** An amount as {@link Amounts#format} says it for this reader. */
        public String money(BigDecimal amount, String currency) {
            return Amounts.format(amount, currency, locale);
        }
    }
}
