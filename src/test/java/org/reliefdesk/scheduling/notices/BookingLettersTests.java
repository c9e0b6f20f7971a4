package org.reliefdesk.scheduling.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.reliefdesk.notifications.Email;
import org.reliefdesk.scheduling.notices.BookingLetters.Sender;
import org.reliefdesk.scheduling.notices.BookingLetters.Session;
import org.reliefdesk.scheduling.practice.Therapist;

class BookingLettersTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Session SESSION = new Session("Medical Massage, 60 minutes",
            ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, NEW_YORK), ZonedDateTime.of(2026, 12, 7, 11, 0, 0, 0, NEW_YORK),
            "Tara Therapist");
    static final Sender SENDER = new Sender("Harbour Street Clinic", "", 24, "Harbour Street Medical Massage",
            "12 Harbour Street, Portland, ME", "+1 207 555 0142", "https://desk.example");
    static final WithheldWords WITHHELD = WithheldWords.load();

    @Test
    void everyBookingMessageCarriesDateTimePlaceTherapistAndPolicyAndNoWithheldWord() {
        List<Email> all = List.of(
                BookingLetters.confirmed("a@x.example", "Anna", SESSION, SENDER),
                BookingLetters.changed("a@x.example", "Anna", SESSION.start().minusDays(1), SESSION, SENDER),
                BookingLetters.cancelled("a@x.example", "Anna", SESSION, true, SENDER),
                BookingLetters.reminder("a@x.example", "Anna", SESSION, SENDER, "k"),
                BookingLetters.course("a@x.example", "Anna", List.of(SESSION, SESSION), SENDER),
                BookingLetters.offer("a@x.example", "Anna", SESSION, SESSION.start().minusHours(5),
                        "https://desk.example/waitlist/offers/1", SENDER));
        for (Email email : all) {
            assertThat(email.body()).as(email.kind()).contains("Monday 7 December 2026", "10:00 to 11:00 (EST",
                    "America/New_York", "Harbour Street Clinic, 12 Harbour Street, Portland, ME", "Tara Therapist",
                    "Cancellation policy: you can cancel or move a session online until 24 hours before it starts",
                    "please call us on +1 207 555 0142");
            assertThat(WITHHELD.firstIn(email.body() + email.subject())).as(email.kind()).isNull();
        }
    }

    @Test
    void thePolicyReadsPlainly() {
        assertThat(Policy.sentence(48, "")).contains("until 2 days before", "Within 2 days of the start, please call us;");
        assertThat(Policy.sentence(1, null)).contains("until 1 hour before");
        assertThat(Policy.sentence(0, "555")).contains("at any time before it starts", "please call us on 555");
        assertThat(Policy.window(36)).isEqualTo("36 hours");
    }

    @Test
    void theLocationsOwnAddressWinsOverThePractices() {
        Sender own = new Sender("Annex", "3 Quay Road", 24, "P", "12 Harbour Street", "", "https://x");
        assertThat(own.placeLine()).isEqualTo("Annex, 3 Quay Road");
        assertThat(new Sender("Annex", " ", 24, "P", "", "", "x").placeLine()).isEqualTo("Annex");
    }

    @Test
    void withheldWordsAreFoundWhateverTheirCase() {
        assertThat(WITHHELD.firstIn("Relief for MIGRAINE sufferers")).isEqualTo("migraine");
        assertThat(WITHHELD.firstIn("Medical Massage, 60 minutes".toLowerCase(Locale.ROOT))).isNull();
    }
}
