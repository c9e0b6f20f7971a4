package org.reliefdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The practice's country over {@code GET/PUT /api/v1/practice}: US unless set, kept when left out, ISO codes only. */
@IntegrationTest
class PracticeCountryTests {

    @LocalServerPort
    int port;

    @Autowired
    Practice practice;

    private Api admin() {
        return Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
    }

    private Map<String, Object> current(Map<String, Object> changes) {
        return TestData.practiceChange(admin(), changes);
    }

    @Test
    void theCountryIsUsUntilSetKeptWhenLeftOutAndGivesTheDocumentsTheirRegion() {
        assertThat(admin().get("/api/v1/practice").json().get("country").stringValue()).isEqualTo("US");
        assertThat(practice.documentLocale(Locale.forLanguageTag("es-MX")).toLanguageTag()).isEqualTo("es-US");
        assertThat(practice.documentLocale(Locale.FRENCH).toLanguageTag()).isEqualTo("en-US");
        try {
            var saved = admin().put("/api/v1/practice", current(Map.of("country", "CA")));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(saved.json().get("country").stringValue()).isEqualTo("CA");
            assertThat(admin().put("/api/v1/practice", current(Map.of())).json().get("country").stringValue())
                    .isEqualTo("CA");
        } finally {
            admin().put("/api/v1/practice", current(Map.of("country", "US")));
        }
    }

    @Test
    void anUnknownCountryIsA422NamingTheField() {
        for (String country : new String[] {"us", "XX", "USA", "", "U1"}) {
            var refused = admin().put("/api/v1/practice", current(Map.of("country", country)));
            assertThat(refused.status()).as(country).isEqualTo(422);
            assertThat(refused.text()).contains("\"field\":\"country\"");
        }
        assertThat(admin().get("/api/v1/practice").json().get("country").stringValue()).isEqualTo("US");
    }
}
