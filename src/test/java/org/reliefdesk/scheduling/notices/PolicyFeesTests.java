package org.reliefdesk.scheduling.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** What the cancellation policy costs, in the client's words. */
class PolicyFeesTests {

    static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    @Test
    void saysWhatALateCancellationAndANoShowCost() {
        assertThat(Policy.fees(24, amount("40.00"), amount("40.00"), "USD"))
                .isEqualTo("Cancelling within 24 hours or not coming costs $40.00.");
        assertThat(Policy.fees(48, amount("40.00"), amount("60.00"), "USD"))
                .isEqualTo("Cancelling within 2 days costs $40.00; not coming costs $60.00.");
        assertThat(Policy.fees(24, amount("40.00"), amount("0.00"), "USD"))
                .isEqualTo("Cancelling within 24 hours costs $40.00.");
        assertThat(Policy.fees(24, amount("0.00"), amount("60.00"), "EUR")).isEqualTo("Not coming costs €60.00.");
        assertThat(Policy.fees(0, amount("40.00"), amount("0.00"), "USD")).as("no window, no late fee").isEmpty();
        assertThat(Policy.fees(24, amount("0.00"), amount("0.00"), "USD")).isEmpty();
    }

    @Test
    void theSentenceEndsWithTheFeesWhenThereAreAny() {
        assertThat(Policy.sentence(24, "555-0100", "Not coming costs $60.00."))
                .startsWith("Cancellation policy:").endsWith("late cancellation. Not coming costs $60.00.");
        assertThat(Policy.sentence(24, "555-0100", "")).isEqualTo(Policy.sentence(24, "555-0100"));
        BookingLetters.Sender sender = new BookingLetters.Sender("Annex", "", 24, "P", "", "", "https://x",
                "Not coming costs $60.00.");
        assertThat(sender.policy()).endsWith("Not coming costs $60.00.");
    }
}
