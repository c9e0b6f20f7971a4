package org.reliefdesk.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Question;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Answers as staff read them: dates and times in the reader's locale and the practice's zone, numbers in its digits. */
class AnswerWordsTests {

    private static final IntakeForm FORM = IntakeForm.standard();
    private static final ZoneId MAINE = ZoneId.of("America/New_York");

    private static Concerns.Words words(String tag) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/intake", "i18n/screening");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return Concerns.Words.in(messages, Locale.forLanguageTag(tag), MAINE);
    }

    private static Question question(String code) {
        return FORM.question(code).orElseThrow();
    }

    @Test
    void aDateOfBirthIsWrittenAsTheReaderWritesDates() {
        assertThat(words("en-US").describe(question("about.dateOfBirth"), "1988-04-12")).isEqualTo("Apr 12, 1988");
        assertThat(words("es-US").describe(question("about.dateOfBirth"), "1988-04-12")).isEqualTo("12 abr. 1988");
        assertThat(words("es-US").describe(question("about.dateOfBirth"), java.time.LocalDate.of(1988, 4, 12)))
                .isEqualTo("12 abr. 1988");
    }

    @Test
    void theSignatureTimeIsInThePracticesZone() {
        assertThat(words("en-US").describe(question("consent.signedAt"), "2026-12-07T15:30:00Z"))
                .isEqualTo("Mon, Dec 7, 2026, 10:30 AM");
        assertThat(words("es-US").describe(question("consent.signedAt"), "2026-12-07T15:30:00Z"))
                .isEqualTo("lun 7 dic. 2026, 10:30");
    }

    @Test
    void aNumberHasTheReadersDecimalMark() {
        Question hours = question("headache.typicalDurationHours");
        assertThat(words("en-US").describe(hours, new BigDecimal("1.50"))).isEqualTo("1.5");
        assertThat(words("es-ES").describe(hours, new BigDecimal("1.5"))).isEqualTo("1,5");
        assertThat(words("es-US").describe(hours, new BigDecimal("4"))).isEqualTo("4");
    }

    @Test
    void otherAnswersAreSaidInTheReadersWords() {
        assertThat(words("es-US").describe(question("consent.shareWithPhysician"), true)).isEqualTo("Sí");
        assertThat(words("en-US").describe(question("consent.shareWithPhysician"), false)).isEqualTo("No");
        assertThat(words("en-US").describe(question("about.dateOfBirth"), "not a date")).isEqualTo("not a date");
        assertThat(words("en-US").describe(question("focus.areas"), List.of())).isEqualTo("None");
    }
}
