package org.reliefdesk.scheduling.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reliefdesk.services.Service;

/** The plain words of the cancellation policy, how services are named to others, and calendar names. */
class NoticeWordingTests {

    @Nested
    class ThePolicy {

        @ParameterizedTest
        @CsvSource({"1, 1 hour", "2, 2 hours", "12, 12 hours", "24, 24 hours", "36, 36 hours", "47, 47 hours",
                "48, 2 days", "60, 60 hours", "72, 3 days", "336, 14 days"})
        void theWindowInWords(int hours, String words) {
            assertThat(Policy.window(hours)).isEqualTo(words);
        }

        @Test
        void aWindowSaysUntilWhenOnlineAndWhatHappensInside() {
            assertThat(Policy.sentence(24, " +1 207 555 0142 ")).isEqualTo("Cancellation policy: you can cancel or move"
                    + " a session online until 24 hours before it starts. Within 24 hours of the start, please call us"
                    + " on +1 207 555 0142; a cancellation that late is recorded as a late cancellation.");
        }

        @Test
        void withoutAPhoneItAsksToCall() {
            assertThat(Policy.sentence(72, null)).isEqualTo("Cancellation policy: you can cancel or move a session"
                    + " online until 3 days before it starts. Within 3 days of the start, please call us; a"
                    + " cancellation that late is recorded as a late cancellation.");
            assertThat(Policy.sentence(72, "  ")).contains("please call us;");
        }

        @Test
        void noWindowMeansOnlineUntilTheStart() {
            assertThat(Policy.sentence(0, "")).isEqualTo("Cancellation policy: you can cancel or move a session online"
                    + " at any time before it starts; if you cannot come, please call us.");
            assertThat(Policy.sentence(0, "555 0142")).endsWith("if you cannot come, please call us on 555 0142.");
        }
    }

    @Nested
    class ServiceNames {

        private final ServiceLabels labels = new ServiceLabels(null, null);

        static Service named(String name, int minutes) {
            return new Service("S", name, minutes, List.of(), true);
        }

        @Test
        void anOrdinaryNameIsShownAsItIs() {
            assertThat(labels.of(named("Medical Massage, 60 minutes", 60))).isEqualTo("Medical Massage, 60 minutes");
            assertThat(labels.of(named("Hot stone relaxation", 90))).isEqualTo("Hot stone relaxation");
        }

        @Test
        void aNameHoldingAWithheldWordBecomesMassageAndItsLength() {
            assertThat(labels.of(named("Migraine relief", 60))).isEqualTo("Massage, 60 minutes");
            assertThat(labels.of(named("Post-HEADACHE care", 45))).isEqualTo("Massage, 45 minutes");
            assertThat(labels.of(named("Neck work after screening", 30))).isEqualTo("Massage, 30 minutes");
        }

        @Test
        void withheldWordsAreFoundInsideOtherWordsAndAcrossSpaces() {
            WithheldWords words = WithheldWords.load();
            assertThat(words.firstIn("Antimigraine session")).isEqualTo("migraine");
            assertThat(words.firstIn("Your Treatment Plan")).isEqualTo("treatment plan");
            assertThat(words.firstIn("A red   flag")).isNull();
            assertThat(words.firstIn(null)).isNull();
            assertThat(words.firstIn("")).isNull();
        }

        @Test
        void theListHoldsTheWordsEveryMessageIsCheckedFor() {
            assertThat(WithheldWords.load().words()).contains("migraine", "headache", "screening", "clearance",
                    "intake", "diagnosis", "medication", "treatment plan", "midas");
        }
    }

    @Nested
    class CalendarNames {

        @Test
        void aFeedShowsOnlyTheClientsFirstName() {
            assertThat(SessionCalendars.firstName("Anna Maria Lopez")).isEqualTo("Anna");
            assertThat(SessionCalendars.firstName("  Cher ")).isEqualTo("Cher");
            assertThat(SessionCalendars.firstName(null)).isEmpty();
        }

        @Test
        void theFeedLinkCarriesTheTherapistAndTheSecret() {
            UUID therapist = UUID.fromString("22222222-2222-2222-2222-222222222222");
            assertThat(CalendarFeeds.url("https://desk.example", therapist, "s3cr3t")).isEqualTo(
                    "https://desk.example/api/v1/therapists/22222222-2222-2222-2222-222222222222/calendar.ics"
                            + "?token=s3cr3t");
        }
    }
}
