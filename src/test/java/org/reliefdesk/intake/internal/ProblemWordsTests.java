package org.reliefdesk.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reliefdesk.intake.IntakeForm;
import org.springframework.context.support.ResourceBundleMessageSource;

class ProblemWordsTests {

    private static final IntakeForm FORM = IntakeForm.standard();

    private static ProblemWords words() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/intake");
        messages.setDefaultEncoding("UTF-8");
        return new ProblemWords(messages, Locale.ENGLISH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            warning.fever                  | is required                                   | Please answer yes or no.
            headache.location              | is required                                   | Please choose one answer.
            health.neckConditions          | is required                                   | Please tick at least one answer, or "None of these".
            headache.daysPerMonth          | must be a whole number                        | Please enter a whole number, for example 4.
            headache.daysPerMonth          | must be between 0 and 31                      | Please enter a number from 0 to 31.
            headache.typicalDurationHours  | must be greater than 0 and at most 8760       | Please enter a number greater than 0 and at most 8760.
            about.dateOfBirth              | must be a real date in the past               | Please enter a date in the past.
            health.footProblems            | NONE cannot be combined with other values     | "None of these" cannot be ticked together with other answers.
            focus.areas                    | must have at least 1 value(s)                 | Please choose at least 1.
            consent.treatment              | must be true                                  | You need to agree to this before we can treat you.
            consent.signature              | must be at most 200 characters                | Please shorten this to 200 characters or fewer.
            headache.acuteMedicationKinds  | is required: name at least one kind when you take medicine on any day | Please answer this: name at least one kind when you take medicine on any day.
            about.physician                | something unforeseen                          | Please check this answer.
            """)
    void rewordsTheChecksProblemsForTheClient(String code, String problem, String expected) {
        assertThat(words().say(FORM.question(code).orElseThrow(), problem)).isEqualTo(expected);
    }
}
