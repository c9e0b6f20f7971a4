package org.reliefdesk.scheduling.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.reliefdesk.notifications.Letter;
import org.reliefdesk.scheduling.notices.BookingEmails.Booked;
import org.reliefdesk.scheduling.notices.BookingEmails.Recipient;
import org.reliefdesk.scheduling.notices.BookingLetters.Sender;
import org.reliefdesk.scheduling.notices.BookingLetters.Session;
import org.reliefdesk.support.EnglishLeftovers;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The booking emails in English and Spanish, built with the real message bundles. */
class BookingLettersTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Session SESSION = new Session("Medical Massage, 60 minutes",
            ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, NEW_YORK), ZonedDateTime.of(2026, 12, 7, 11, 0, 0, 0, NEW_YORK),
            "Tara Therapist");
    static final Booked BOOKED = new Booked(UUID.fromString("00000000-0000-0000-0000-000000000007"), SESSION, 0);
    static final Sender SENDER = new Sender("Harbour Street Clinic", "", 24, "Harbour Street Medical Massage",
            "12 Harbour Street, Portland, ME", "+1 207 555 0142", "https://desk.example");
    static final Venue VENUE = new Venue(SENDER, new Letter.Letterhead("Harbour Street Medical Massage",
            "hello@harbour.example", "12 Harbour Street, Portland, ME", "+1 207 555 0142"), new BigDecimal("40.00"),
            new BigDecimal("40.00"), "USD", "no-reply@desk.example");
    static final Recipient ANNA = new Recipient("a@x.example", "Anna", "Anna Ames", Locale.ENGLISH);
    static final Recipient ANA = new Recipient("a@x.example", "Ana", "Ana Álvarez", Locale.forLanguageTag("es-US"));
    static final WithheldWords WITHHELD = WithheldWords.load();
    static final BookingEmails EMAILS = new BookingEmails(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/mail", "i18n/booking");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static List<Letter> all(Recipient to) {
        return List.of(EMAILS.confirmed(to, BOOKED, VENUE),
                EMAILS.moved(to, SESSION.start().minusDays(1), BOOKED, VENUE),
                EMAILS.cancelled(to, BOOKED, true, VENUE),
                EMAILS.reminder(to, SESSION, VENUE, "k"),
                EMAILS.course(to, List.of(BOOKED, BOOKED), VENUE),
                EMAILS.offer(to, SESSION, SESSION.start().minusHours(5), "https://desk.example/waitlist/offers/1",
                        VENUE));
    }

    @Test
    void everyBookingMessageCarriesDateTimePlaceTherapistAndPolicyAndNoWithheldWord() {
        for (Letter letter : all(ANNA)) {
            assertThat(letter.text()).as(letter.kind()).contains("Monday, December 7, 2026",
                    "10:00 AM to 11:00 AM (Eastern Standard Time)", "Harbour Street Clinic, 12 Harbour Street, Portland, ME",
                    "Tara Therapist",
                    "Cancellation policy: You can cancel or move a session online until 24 hours before it starts",
                    "please call us on +1 207 555 0142", "Cancelling within 24 hours or not coming costs $40.00.");
            assertThat(WITHHELD.firstIn(letter.text() + letter.subject())).as(letter.kind()).isNull();
        }
    }

    @Test
    void aSpanishClientReadsEveryMessageInSpanish() {
        for (Letter letter : all(ANA)) {
            assertThat(letter.text()).as(letter.kind()).startsWith("Hola, Ana:").contains("lunes, 7 de diciembre de 2026",
                    "de 10:00 a 11:00", "Política de cancelación: Puede cancelar o mover una sesión en línea hasta 24 horas",
                    "llámenos al +1 207 555 0142", "Cancelar con menos de 24 horas de antelación o no venir cuesta $40.00")
                    .doesNotContain("Cancellation", "Hello");
            assertThat(WITHHELD.firstIn(letter.text() + letter.subject())).as(letter.kind()).isNull();
            // what we wrote, without what the practice typed (names, address) and without links and addresses
            String ours = (letter.subject() + "\n" + letter.text()).replaceAll("https?://\\S+|\\S+@\\S+", " ");
            for (String typed : List.of(SESSION.service(), SESSION.therapist(), SENDER.place(), SENDER.practiceName(),
                    SENDER.practiceAddress())) {
                ours = ours.replace(typed, " ");
            }
            assertThat(EnglishLeftovers.inText(ours)).as(letter.kind() + ": " + ours).isEmpty();
        }
        assertThat(EMAILS.confirmed(ANA, BOOKED, VENUE).subject()).isEqualTo("Cita reservada: lun 7 dic. a las 10:00");
    }

    @Test
    void eachMessageHasItsKindAndASubjectNamingTheSession() {
        assertThat(EMAILS.confirmed(ANNA, BOOKED, VENUE)).extracting(Letter::kind, Letter::to, Letter::subject,
                Letter::dedupeKey).containsExactly("BOOKING_CONFIRMED", "a@x.example", "Booked: Mon, Dec 7 at 10:00 AM", null);
        assertThat(EMAILS.moved(ANNA, SESSION.start(), BOOKED, VENUE).subject())
                .isEqualTo("Moved: your session is now Mon, Dec 7 at 10:00 AM");
        assertThat(EMAILS.cancelled(ANNA, BOOKED, false, VENUE).subject())
                .isEqualTo("Cancelled: your session on Mon, Dec 7 at 10:00 AM");
        assertThat(EMAILS.reminder(ANNA, SESSION, VENUE, "reminder:1:2"))
                .extracting(Letter::kind, Letter::subject, Letter::dedupeKey)
                .containsExactly("REMINDER", "Reminder: your session on Mon, Dec 7 at 10:00 AM", "reminder:1:2");
        assertThat(EMAILS.offer(ANNA, SESSION, SESSION.start(), "l", VENUE)).extracting(Letter::kind, Letter::subject)
                .containsExactly("WAITLIST_OFFER", "A time is free on Mon, Dec 7 at 10:00 AM");
    }

    @Test
    void aConfirmationIsTheGreetingTheFactsTheLinkThePolicyAndTheSignatureFromThePractice() {
        Letter letter = EMAILS.confirmed(ANNA, BOOKED, VENUE);
        assertThat(letter.from().name()).isEqualTo("Harbour Street Medical Massage");
        assertThat(letter.from().email()).isEqualTo("hello@harbour.example");
        assertThat(letter.text()).isEqualTo("""
                Hello Anna,

                Your session is booked.

                Service:   Medical Massage, 60 minutes
                Date:      Monday, December 7, 2026
                Time:      10:00 AM to 11:00 AM (Eastern Standard Time)
                Place:     Harbour Street Clinic, 12 Harbour Street, Portland, ME
                Therapist: Tara Therapist

                Open the attached calendar file to add the session to your calendar.

                See your sessions: https://desk.example/sessions

                Cancellation policy: You can cancel or move a session online until 24 hours before it starts. \
                Within 24 hours of the start, please call us on +1 207 555 0142; a cancellation that late is recorded \
                as a late cancellation. Cancelling within 24 hours or not coming costs $40.00.

                Harbour Street Medical Massage
                12 Harbour Street, Portland, ME
                +1 207 555 0142
                hello@harbour.example
                """);
    }

    @Test
    void confirmationsAndMovesCarryARequestWithTheLocationsZoneAndCancellationsACancel() throws Exception {
        VEvent booked = event(EMAILS.confirmed(ANNA, BOOKED, VENUE), "REQUEST");
        assertThat(booked.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
        assertThat(booked.getProperty("DTSTART").orElseThrow().toString()).contains("TZID=America/New_York", "T100000");
        Booked moved = new Booked(BOOKED.bookingId(), SESSION, 1);
        VEvent move = event(EMAILS.moved(ANNA, SESSION.start().minusDays(1), moved, VENUE), "REQUEST");
        assertThat(move.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(move.getProperty("UID").orElseThrow().getValue()).isEqualTo(booked.getProperty("UID").orElseThrow()
                .getValue()).isEqualTo(BOOKED.bookingId() + "@reliefdesk");
        VEvent cancelled = event(EMAILS.cancelled(ANNA, moved, false, VENUE), "CANCEL");
        assertThat(cancelled.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(cancelled.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(EMAILS.reminder(ANNA, SESSION, VENUE, "k").attachments()).isEmpty();
    }

    private static VEvent event(Letter letter, String method) throws Exception {
        assertThat(letter.attachments()).hasSize(1);
        var file = letter.attachments().get(0);
        assertThat(file.fileName()).isEqualTo("session.ics");
        assertThat(file.contentType()).contains("text/calendar", "method=" + method);
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(file.content(),
                StandardCharsets.UTF_8)));
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo(method);
        assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty("ORGANIZER").orElseThrow().getValue()).isEqualTo("mailto:hello@harbour.example");
        return event;
    }

    @Test
    void aMoveSaysWhenTheSessionWas() {
        ZonedDateTime was = ZonedDateTime.of(2026, 12, 4, 15, 30, 0, 0, NEW_YORK);
        assertThat(EMAILS.moved(ANNA, was, BOOKED, VENUE).text())
                .contains("Your session has moved. It was on Friday, December 4, 2026 at 3:30 PM; it is now:");
        assertThat(EMAILS.moved(ANA, was, BOOKED, VENUE).text())
                .contains("Su sesión ha cambiado de hora. Era el viernes, 4 de diciembre de 2026 a las 15:30; ahora es:");
    }

    @Test
    void onlyALateCancellationSaysSoAndEveryCancellationOffersToBookAgain() {
        String late = EMAILS.cancelled(ANNA, BOOKED, true, VENUE).text();
        String early = EMAILS.cancelled(ANNA, BOOKED, false, VENUE).text();
        assertThat(late).contains("It was cancelled within 24 hours of the start, so it is recorded as a late"
                + " cancellation.");
        assertThat(early).doesNotContain("It was cancelled within");
        assertThat(late).contains("Book another time: https://desk.example/book");
        assertThat(early).contains("Book another time: https://desk.example/book");
    }

    @Test
    void aCourseListsItsSessionsNumberedWithTheirTherapists() {
        Session second = new Session(SESSION.service(), SESSION.start().plusWeeks(1), SESSION.end().plusWeeks(1),
                "Jon Okafor");
        Letter course = EMAILS.course(ANNA, List.of(BOOKED, new Booked(UUID.randomUUID(), second, 0)), VENUE);
        assertThat(course.kind()).isEqualTo("COURSE_CONFIRMED");
        assertThat(course.subject()).isEqualTo("Booked: your course of 2 sessions from Mon, Dec 7");
        assertThat(course.text()).contains("Your course of 2 sessions is booked.\n\n"
                + "Service: Medical Massage, 60 minutes\n"
                + "Place:   Harbour Street Clinic, 12 Harbour Street, Portland, ME\n\n"
                + "1. Monday, December 7, 2026, 10:00 AM to 11:00 AM (Eastern Standard Time), with Tara Therapist\n"
                + "2. Monday, December 14, 2026, 10:00 AM to 11:00 AM (Eastern Standard Time), with Jon Okafor\n\n");
        assertThat(course.attachments()).singleElement().satisfies(file -> assertThat(file.fileName())
                .isEqualTo("sessions.ics"));
    }

    @Test
    void anOfferSaysHowLongItIsHeldAndWhereToTakeIt() {
        String body = EMAILS.offer(ANNA, SESSION, SESSION.start().minusHours(3),
                "https://desk.example/waitlist/offers/7", VENUE).text();
        assertThat(body).contains("We are holding it for you until Monday, December 7, 2026 at 7:00 AM:",
                "Take this time: https://desk.example/waitlist/offers/7\n",
                "it will be offered to the next person waiting.");
    }

    @Test
    void theSignatureLeavesOutWhatThePracticeHasNotGiven() {
        Sender bare = new Sender("Annex", null, 0, "Quay Massage", " ", null, "https://x");
        Venue venue = new Venue(bare, new Letter.Letterhead("Quay Massage", "", " ", null), BigDecimal.ZERO,
                BigDecimal.ZERO, "USD", "no-reply@x.example");
        assertThat(EMAILS.confirmed(ANNA, BOOKED, venue).text())
                .contains("Place:     Annex\n")
                .endsWith("at any time before it starts; if you cannot come, please call us.\n\nQuay Massage\n");
    }

    @Test
    void timesInSummerCarryTheSummerZoneName() {
        Session summer = new Session("Massage", ZonedDateTime.of(2026, 7, 7, 9, 0, 0, 0, NEW_YORK),
                ZonedDateTime.of(2026, 7, 7, 10, 30, 0, 0, NEW_YORK), "Tara");
        Letter.Words english = new Letter.Words(messages(), Locale.ENGLISH);
        assertThat(BookingEmails.times(english, summer)).isEqualTo("9:00 AM to 10:30 AM (Eastern Daylight Time)");
    }

    @Test
    void withheldWordsAreFoundWhateverTheirCase() {
        assertThat(WITHHELD.firstIn("Relief for MIGRAINE sufferers")).isEqualTo("migraine");
        assertThat(WITHHELD.firstIn("Alivio de la MIGRAÑA")).isEqualTo("migraña");
        assertThat(WITHHELD.firstIn("Medical Massage, 60 minutes".toLowerCase(Locale.ROOT))).isNull();
    }

    @Test
    void thePolicyReadsPlainlyInEitherLanguage() {
        PolicyWords english = new PolicyWords(messages(), Locale.ENGLISH);
        PolicyWords spanish = new PolicyWords(messages(), Locale.forLanguageTag("es"));
        assertThat(english.window(48)).isEqualTo("2 days");
        assertThat(english.window(1)).isEqualTo("1 hour");
        assertThat(english.window(36)).isEqualTo("36 hours");
        assertThat(spanish.window(1)).isEqualTo("1 hora");
        assertThat(spanish.window(72)).isEqualTo("3 días");
        assertThat(english.fees(48, new BigDecimal("40.00"), new BigDecimal("60.00"), "USD"))
                .isEqualTo("Cancelling within 2 days costs $40.00; not coming costs $60.00.");
        assertThat(english.fees(0, new BigDecimal("40.00"), BigDecimal.ZERO, "USD")).isEmpty();
        assertThat(english.sentence(48, "")).contains("until 2 days before", "Within 2 days of the start, please call us;");
    }

    @Test
    void theLocationsOwnAddressWinsOverThePractices() {
        Sender own = new Sender("Annex", "3 Quay Road", 24, "P", "12 Harbour Street", "", "https://x");
        assertThat(own.placeLine()).isEqualTo("Annex, 3 Quay Road");
        assertThat(new Sender("Annex", " ", 24, "P", "", "", "x").placeLine()).isEqualTo("Annex");
    }
}
