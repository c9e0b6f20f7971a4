package org.reliefdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The practice's currency, tax id and NPI over {@code PUT /api/v1/practice}; fields left out stay as they were. */
@IntegrationTest
class PracticeBillingDetailsTests {

    @LocalServerPort
    int port;

    private Api admin() {
        return Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
    }

    private Map<String, Object> current(Map<String, Object> changes) {
        return TestData.practiceChange(admin(), changes);
    }

    @Test
    void theCurrencyTaxIdAndNpiAreSetReadAndKeptWhenLeftOut() {
        var saved = admin().put("/api/v1/practice", current(Map.of("currency", "USD", "taxId", "12-3456789",
                "npi", "1234567893")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode practice = admin().get("/api/v1/practice").json();
        assertThat(practice.get("currency").stringValue()).isEqualTo("USD");
        assertThat(practice.get("taxId").stringValue()).isEqualTo("12-3456789");
        assertThat(practice.get("npi").stringValue()).isEqualTo("1234567893");

        assertThat(admin().put("/api/v1/practice", current(Map.of())).status()).isEqualTo(200);
        practice = admin().get("/api/v1/practice").json();
        assertThat(practice.get("taxId").stringValue()).isEqualTo("12-3456789");
        assertThat(practice.get("npi").stringValue()).isEqualTo("1234567893");
    }

    @Test
    void aWrongCurrencyOrNpiIsA422NamingItAndWritesNothing() {
        admin().put("/api/v1/practice", current(Map.of("currency", "USD", "npi", "1234567893")));
        String name = admin().get("/api/v1/practice").json().get("name").stringValue();
        for (String currency : new String[] {"usd", "XYZ", "US", "", "EURO"}) {
            var refused = admin().put("/api/v1/practice", current(Map.of("currency", currency, "name", "Renamed")));
            assertThat(refused.status()).as(currency).isEqualTo(422);
            assertThat(refused.text()).contains("\"field\":\"currency\"");
        }
        for (String npi : new String[] {"1234567890", "123456789", "12345678931", "abcdefghij"}) {
            var refused = admin().put("/api/v1/practice", current(Map.of("npi", npi, "name", "Renamed")));
            assertThat(refused.status()).as(npi).isEqualTo(422);
            assertThat(refused.text()).contains("\"field\":\"npi\"");
        }
        JsonNode practice = admin().get("/api/v1/practice").json();
        assertThat(practice.get("name").stringValue()).isEqualTo(name);
        assertThat(practice.get("currency").stringValue()).isEqualTo("USD");
        assertThat(practice.get("npi").stringValue()).isEqualTo("1234567893");
    }

    @Test
    void anEmptyNpiClearsIt() {
        admin().put("/api/v1/practice", current(Map.of("npi", "1234567893")));
        assertThat(admin().put("/api/v1/practice", current(Map.of("npi", ""))).status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/practice").json().get("npi").stringValue()).isEmpty();
        admin().put("/api/v1/practice", current(Map.of("npi", "1234567893")));
    }

    @Test
    void theNpiCheckDigitIsTheLuhnDigitWithPrefix80840() {
        assertThat(Practice.isNpi("1234567893")).isTrue();
        assertThat(Practice.isNpi("1245319599")).isTrue();
        assertThat(Practice.isNpi("1234567890")).isFalse();
        assertThat(Practice.isNpi("123456789")).isFalse();
    }
}
