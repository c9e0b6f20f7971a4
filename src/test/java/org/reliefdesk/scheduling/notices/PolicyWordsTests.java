package org.reliefdesk.scheduling.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cancellation policy and what it costs, one wording for pages and emails, in English and Spanish. */
class PolicyWordsTests {

    static final PolicyWords ENGLISH = new PolicyWords(BookingLettersTests.messages(), Locale.ENGLISH);
    static final PolicyWords SPANISH = new PolicyWords(BookingLettersTests.messages(), Locale.forLanguageTag("es"));

    static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    @ParameterizedTest
    @CsvSource({"1, 1 hour, 1 hora", "2, 2 hours, 2 horas", "24, 24 hours, 24 horas", "36, 36 hours, 36 horas",
            "47, 47 hours, 47 horas", "48, 2 days, 2 días", "60, 60 hours, 60 horas", "72, 3 days, 3 días",
            "336, 14 days, 14 días"})
    void theWindowInWords(int hours, String english, String spanish) {
        assertThat(ENGLISH.window(hours)).isEqualTo(english).isEqualTo(Policy.window(hours));
        assertThat(SPANISH.window(hours)).isEqualTo(spanish);
    }

    @Test
    void aWindowSaysUntilWhenOnlineAndWhatHappensInside() {
        assertThat(ENGLISH.sentence(24, " +1 207 555 0142 ")).isEqualTo("You can cancel or move a session online"
                + " until 24 hours before it starts. Within 24 hours of the start, please call us on +1 207 555 0142;"
                + " a cancellation that late is recorded as a late cancellation.");
        assertThat(SPANISH.sentence(24, "+1 207 555 0142")).isEqualTo("Puede cancelar o mover una sesión en línea"
                + " hasta 24 horas antes de que empiece. Con menos de 24 horas de antelación, llámenos al"
                + " +1 207 555 0142, por favor; una cancelación así se registra como cancelación tardía.");
    }

    @Test
    void withoutAPhoneItAsksToCall() {
        assertThat(ENGLISH.sentence(72, null)).isEqualTo("You can cancel or move a session online until 3 days before"
                + " it starts. Within 3 days of the start, please call us; a cancellation that late is recorded as a"
                + " late cancellation.");
        assertThat(ENGLISH.sentence(72, "  ")).contains("please call us;");
    }

    @Test
    void noWindowMeansOnlineUntilTheStart() {
        assertThat(ENGLISH.sentence(0, "")).isEqualTo("You can cancel or move a session online at any time before it"
                + " starts; if you cannot come, please call us.");
        assertThat(ENGLISH.sentence(0, "555 0142")).endsWith("if you cannot come, please call us on 555 0142.");
    }

    @Test
    void saysWhatALateCancellationAndANoShowCost() {
        assertThat(ENGLISH.fees(24, amount("40.00"), amount("40.00"), "USD"))
                .isEqualTo("Cancelling within 24 hours or not coming costs $40.00.");
        assertThat(ENGLISH.fees(48, amount("40.00"), amount("60.00"), "USD"))
                .isEqualTo("Cancelling within 2 days costs $40.00; not coming costs $60.00.");
        assertThat(ENGLISH.fees(24, amount("40.00"), amount("0.00"), "USD"))
                .isEqualTo("Cancelling within 24 hours costs $40.00.");
        assertThat(ENGLISH.fees(24, amount("0.00"), amount("60.00"), "EUR")).isEqualTo("Not coming costs €60.00.");
        assertThat(ENGLISH.fees(0, amount("40.00"), amount("0.00"), "USD")).as("no window, no late fee").isEmpty();
        assertThat(ENGLISH.fees(24, amount("0.00"), amount("0.00"), "USD")).isEmpty();
        assertThat(ENGLISH.fees(24, null, null, "USD")).isEmpty();
        assertThat(SPANISH.fees(24, amount("40.00"), amount("40.00"), "USD"))
                .isEqualTo("Cancelar con menos de 24 horas de antelación o no venir cuesta 40,00\u00a0US$.");
    }

    @Test
    void theNoteNamesThePolicyAndEndsWithTheFeesWhenThereAreAny() {
        assertThat(ENGLISH.note(24, "555-0100", amount("0.00"), amount("60.00"), "USD"))
                .isEqualTo("Cancellation policy: " + ENGLISH.sentence(24, "555-0100") + " Not coming costs $60.00.");
        assertThat(ENGLISH.note(24, "555-0100", BigDecimal.ZERO, BigDecimal.ZERO, "USD"))
                .isEqualTo("Cancellation policy: " + ENGLISH.sentence(24, "555-0100"));
        assertThat(SPANISH.note(0, "", BigDecimal.ZERO, BigDecimal.ZERO, "USD"))
                .startsWith("Política de cancelación: Puede cancelar");
    }
}
