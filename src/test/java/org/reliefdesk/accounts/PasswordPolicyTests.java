package org.reliefdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;

class PasswordPolicyTests {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null, is required",
        "short, must be at least 10 characters",
        "123456789, must be at least 10 characters",
        "Password123, is a commonly used password found in data breaches; choose another",
        "QWERTYUIOP, is a commonly used password found in data breaches; choose another",
        "correcthorsebatterystaple, is a commonly used password found in data breaches; choose another",
        "migraine123, is a commonly used password found in data breaches; choose another",
        "tide-lamp-orchard, null",
        "quiet-harbour-lantern-42, null"})
    void refusesShortAndBreachedPasswords(String password, String problem) {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(PasswordPolicy.problem(password)).isEqualTo(problem);
    }

    @Test
    void refusesPasswordsThatAreEasyToGuessAndSaysWhy() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(PasswordPolicy.problem("Summer2024!")).startsWith("is too easy to guess:")
                .contains("Try three or four unrelated words");
        assertThat(PasswordPolicy.problem("a-fresh-password")).startsWith("is too easy to guess:");
    }

    @Test
    void explainsInSpanishToo() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(PasswordPolicy.problem("Summer2024!")).startsWith("es demasiado fácil de adivinar:");
        assertThat(PasswordPolicy.problem("short")).isEqualTo("debe tener al menos 10 caracteres");
    }
}
