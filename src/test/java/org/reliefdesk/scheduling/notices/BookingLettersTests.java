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

    @Test
    void eachMessageHasItsKindAndASubjectNamingTheSession() {
        assertThat(BookingLetters.confirmed("a@x.example", "Anna", SESSION, SENDER))
                .extracting(Email::kind, Email::to, Email::subject, Email::dedupeKey)
                .containsExactly("BOOKING_CONFIRMED", "a@x.example", "Booked: Mon 7 Dec at 10:00", null);
        assertThat(BookingLetters.changed("a@x.example", "Anna", SESSION.start(), SESSION, SENDER).subject())
                .isEqualTo("Moved: your session is now Mon 7 Dec at 10:00");
        assertThat(BookingLetters.cancelled("a@x.example", "Anna", SESSION, false, SENDER).subject())
                .isEqualTo("Cancelled: your session on Mon 7 Dec at 10:00");
        assertThat(BookingLetters.reminder("a@x.example", "Anna", SESSION, SENDER, "reminder:1:2"))
                .extracting(Email::kind, Email::subject, Email::dedupeKey)
                .containsExactly("REMINDER", "Reminder: your session on Mon 7 Dec at 10:00", "reminder:1:2");
        assertThat(BookingLetters.offer("a@x.example", "Anna", SESSION, SESSION.start(), "l", SENDER))
                .extracting(Email::kind, Email::subject).containsExactly("WAITLIST_OFFER", "A time is free on Mon 7 Dec at 10:00");
    }

    @Test
    void aConfirmationIsTheGreetingTheBlockThePolicyTheLinkAndTheSignature() {
        assertThat(BookingLetters.confirmed("a@x.example", "Anna", SESSION, SENDER).body()).isEqualTo("""
                Hello Anna,

                Your session is booked.

                Service:   Medical Massage, 60 minutes
                Date:      Monday 7 December 2026
                Time:      10:00 to 11:00 (EST, America/New_York)
                Place:     Harbour Street Clinic, 12 Harbour Street, Portland, ME
                Therapist: Tara Therapist

                %s

                Your sessions: https://desk.example/sessions

                Harbour Street Medical Massage
                12 Harbour Street, Portland, ME
                +1 207 555 0142
                """.formatted(Policy.sentence(24, "+1 207 555 0142")));
    }

    @Test
    void aMoveSaysWhenTheSessionWas() {
        ZonedDateTime was = ZonedDateTime.of(2026, 12, 4, 15, 30, 0, 0, NEW_YORK);
        assertThat(BookingLetters.changed("a@x.example", "Anna", was, SESSION, SENDER).body())
                .contains("Your session has moved. It was on Friday 4 December 2026 at 15:30; it is now:");
    }

    @Test
    void onlyALateCancellationSaysSoAndEveryCancellationOffersToBookAgain() {
        String late = BookingLetters.cancelled("a@x.example", "Anna", SESSION, true, SENDER).body();
        String early = BookingLetters.cancelled("a@x.example", "Anna", SESSION, false, SENDER).body();
        assertThat(late).contains("It was cancelled within 24 hours of the start, so it is recorded as a late"
                + " cancellation.");
        assertThat(early).doesNotContain("It was cancelled within");
        assertThat(late).contains("To book another time: https://desk.example/book");
        assertThat(early).contains("To book another time: https://desk.example/book");
    }

    @Test
    void aCourseListsItsSessionsNumberedWithTheirTherapists() {
        Session second = new Session(SESSION.service(), SESSION.start().plusWeeks(1), SESSION.end().plusWeeks(1),
                "Jon Okafor");
        Email course = BookingLetters.course("a@x.example", "Anna", List.of(SESSION, second), SENDER);
        assertThat(course.kind()).isEqualTo("COURSE_CONFIRMED");
        assertThat(course.subject()).isEqualTo("Booked: your course of 2 sessions from Mon 7 Dec");
        assertThat(course.body()).contains("Your course of 2 sessions is booked.\n\n"
                + "Service:   Medical Massage, 60 minutes\n"
                + "Place:     Harbour Street Clinic, 12 Harbour Street, Portland, ME\n\n"
                + "1. Monday 7 December 2026, 10:00 to 11:00 (EST, America/New_York), with Tara Therapist\n"
                + "2. Monday 14 December 2026, 10:00 to 11:00 (EST, America/New_York), with Jon Okafor\n\n");
    }

    @Test
    void anOfferSaysHowLongItIsHeldAndWhereToTakeIt() {
        String body = BookingLetters.offer("a@x.example", "Anna", SESSION, SESSION.start().minusHours(3),
                "https://desk.example/waitlist/offers/7", SENDER).body();
        assertThat(body).contains("We are holding it for you until Monday 7 December 2026 at 07:00:",
                "To take it, open https://desk.example/waitlist/offers/7\n",
                "it will be offered to the next person waiting.");
    }

    @Test
    void theSignatureLeavesOutWhatThePracticeHasNotGiven() {
        Sender bare = new Sender("Annex", null, 0, "Quay Massage", " ", null, "https://x");
        assertThat(BookingLetters.confirmed("a@x.example", "Bo", SESSION, bare).body())
                .contains("Place:     Annex\n")
                .endsWith("Your sessions: https://x/sessions\n\nQuay Massage\n")
                .contains("at any time before it starts; if you cannot come, please call us.");
    }

    @Test
    void timesInSummerCarryTheSummerZoneName() {
        Session summer = new Session("Massage", ZonedDateTime.of(2026, 7, 7, 9, 0, 0, 0, NEW_YORK),
                ZonedDateTime.of(2026, 7, 7, 10, 30, 0, 0, NEW_YORK), "Tara");
        assertThat(BookingLetters.times(summer)).isEqualTo("09:00 to 10:30 (EDT, America/New_York)");
        assertThat(BookingLetters.block(summer, SENDER)).startsWith("Service:   Massage\nDate:      Tuesday 7 July 2026\n");
    }
}
