package org.reliefdesk.scheduling.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.services.Service;

/** How services are named to others, and calendar names (the policy's words: {@link PolicyWordsTests}). */
class NoticeWordingTests {

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
