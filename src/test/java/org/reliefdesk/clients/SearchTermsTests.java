package org.reliefdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a staff search reads what was typed, and which phone numbers are accepted. */
class SearchTermsTests {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "1988-04-12, en, 1988-04-12",
            "1988-04-12, es, 1988-04-12",
            "4/12/1988,  en, 1988-04-12",
            "12/4/1988,  es, 1988-04-12",
            "12.04.1988, es, 1988-04-12",
            "31/12/1970, es, 1970-12-31"})
    void readsADateOfBirthInTheReadersOrder(String query, String language, String date) {
        SearchTerms terms = SearchTerms.of(query, Locale.forLanguageTag(language));
        assertThat(terms.dateOfBirth()).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'Morgan Lee',       '%morgan lee%', ''",
            "'555-0199',         '%555-0199%',   '5550199'",
            "'(207) 555 01',     '%(207) 555 01%', '20755501'",
            "'31/12/1970',       '%31/12/1970%', ''",
            "'morgan_50%',       '%morgan\\_50\\%%', ''",
            "'12',               '%12%',         ''"})
    void readsTextAndPhoneDigits(String query, String pattern, String digits) {
        SearchTerms terms = SearchTerms.of(query, Locale.ENGLISH);
        assertThat(terms.dateOfBirth()).isNull();
        assertThat(terms.pattern()).isEqualTo(pattern);
        assertThat(terms.digits()).isEqualTo(digits);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'+1 (207) 555-0100', true",
            "'555 0100',          true",
            "'020.7946.0958',     true",
            "'555',               false",
            "'1234567890123456',  false",
            "'call me',           false",
            "'555-0100 ext 2',    false",
            "'1+555 0100',        false"})
    void acceptsPhoneNumbersAsPeopleTypeThem(String phone, boolean valid) {
        assertThat(PhoneNumbers.isValid(phone)).isEqualTo(valid);
    }
}
