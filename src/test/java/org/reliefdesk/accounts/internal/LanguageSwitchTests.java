package org.reliefdesk.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageSwitchTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/diary?day=2027-01-04 | /diary?day=2027-01-04",
        "/                     | /",
        "//evil.example/x      | /",
        "https://evil.example  | /",
        "/\\evil.example       | /",
        "diary                 | /"})
    void goesBackOnlyToAPageOfThisSite(String back, String expected) {
        assertThat(LanguageSwitch.localPath(back)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aBraceInThePagesAddressIsTextNotATemplate() throws Exception {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        var page = new LanguageSwitch(new PreferredLanguage(
                new org.springframework.beans.factory.support.StaticListableBeanFactory()
                        .getBeanProvider(org.reliefdesk.accounts.Practice.class))).change("es", "/diary?note={x}", request, response);
        page.render(java.util.Map.of(), request, response);
        assertThat(response.getRedirectedUrl()).isEqualTo("/diary?note={x}");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"es,es", "es-MX,es", "en-GB,en", "EN,en", "fr,null", "'',null",
        "null,null", "x-klingon,null"})
    void knowsEnglishAndSpanishOnly(String tag, String expected) {
        assertThat(PreferredLanguage.supported(tag)).isEqualTo(expected);
    }
}
