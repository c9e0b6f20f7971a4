package org.reliefdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null, is required",
        "short, must be at least 10 characters",
        "123456789, must be at least 10 characters",
        "Password123, is a commonly used password; choose another",
        "QWERTYUIOP, is a commonly used password; choose another",
        "tide-lamp-orchard, null"})
    void refusesShortAndCommonPasswords(String password, String problem) {
        assertThat(PasswordPolicy.problem(password)).isEqualTo(problem);
    }
}
