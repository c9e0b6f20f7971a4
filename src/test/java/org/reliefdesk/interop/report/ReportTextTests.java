package org.reliefdesk.interop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's decimals follow its locale (the reader's language with the practice's country), as Java writes it. */
class ReportTextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US | 6.0 | -72.7 % | +12.5 %",
        "es-US | 6.0 | -72.7 % | +12.5 %",
        "es-ES | 6,0 | -72,7 % | +12,5 %",
        "es    | 6,0 | -72,7 % | +12,5 %"})
    void decimalsFollowTheReportsLocale(String tag, String peak, String fell, String rose) {
        ReportText text = new ReportText(null, Locale.forLanguageTag(tag));
        assertThat(text.decimal(6)).isEqualTo(peak);
        assertThat(text.percentChange(-72.72727)).isEqualTo(fell);
        assertThat(text.percentChange(12.45)).isEqualTo(rose);
        assertThat(text.percentChange(-0.04)).as("no sign on a change that rounds to nothing").doesNotStartWith("-");
    }
}
