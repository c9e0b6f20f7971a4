package org.reliefdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Mailbox;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

class ReliefDeskSettingsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, Clocks.class);

    @EnableConfigurationProperties({ReliefDeskSettings.class, TrustedProxies.class})
    static class Settings {
    }

    @Test
    void defaultsToLocalhostAndTheServersOrTheFirstLocationsZone() {
        context.run(started -> {
            ReliefDeskSettings settings = started.getBean(ReliefDeskSettings.class);
            assertThat(settings.baseUrl()).isEqualTo("http://localhost:8080");
            assertThat(settings.zone()).isEmpty();
            assertThat(started.getBean(Clock.class).getZone()).isEqualTo(ZoneId.systemDefault());
            assertThat(started.getBean(TrustedProxies.class).addresses()).isEmpty();
        });
    }

    @Test
    void bindsTheDocumentedPropertyNames() {
        context.withPropertyValues("reliefdesk.base-url=https://clinic.example.org/",
                "reliefdesk.time-zone=America/Bogota",
                "reliefdesk.security.trusted-proxies= 10.0.0.1, ,10.0.0.2 ").run(started -> {
                    assertThat(started.getBean(ReliefDeskSettings.class).baseUrl())
                            .isEqualTo("https://clinic.example.org");
                    assertThat(started.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("America/Bogota"));
                    assertThat(started.getBean(TrustedProxies.class).addresses())
                            .containsExactly("10.0.0.1", "10.0.0.2");
                });
    }

    @Test
    void anUnknownTimeZoneStopsTheApplication() {
        context.withPropertyValues("reliefdesk.time-zone=Mars/Olympus").run(started ->
                assertThat(started).hasFailed());
    }

    @Test
    void dropsOneTrailingSlashFromTheBaseUrl() {
        assertThat(new ReliefDeskSettings("https://a.example/", null).baseUrl()).isEqualTo("https://a.example");
        assertThat(new ReliefDeskSettings("https://a.example/desk", null).baseUrl())
                .isEqualTo("https://a.example/desk");
        assertThat(new ReliefDeskSettings(null, null).baseUrl()).isEqualTo(ReliefDeskSettings.DEFAULT_BASE_URL);
    }

    @Test
    void aBlankTimeZoneMeansNoneAndAnUnknownOneIsRefused() {
        assertThat(new ReliefDeskSettings(null, " ").zone()).isEmpty();
        assertThat(new ReliefDeskSettings(null, "UTC").zone()).contains(ZoneId.of("UTC"));
        assertThatThrownBy(() -> new ReliefDeskSettings(null, "Nowhere/Land").zone())
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void trustedProxiesAreCommaSeparatedWithSpacesAndEmptyEntriesDropped() {
        assertThat(new TrustedProxies(null).addresses()).isEmpty();
        assertThat(new TrustedProxies("").addresses()).isEmpty();
        assertThat(new TrustedProxies("127.0.0.1, ::1,,").addresses()).isEqualTo(List.of("127.0.0.1", "::1"));
    }

    /** The whole application with another base URL: emailed links and calendar links use it. */
    @Nested
    @IntegrationTest
    @TestPropertySource(properties = "reliefdesk.base-url=https://clinic.example.org/")
    class ChangedBaseUrl {

        @LocalServerPort
        int port;

        @Test
        void reachesTheLinkInAPasswordResetEmail() {
            Api api = Api.anonymous(port);
            String email = TestData.uniqueEmail("base-url");
            TestData.registerClient(api, email);
            assertThat(api.post("/api/v1/password/forgot", Map.of("email", email)).status()).isEqualTo(202);
            String body = Mailbox.body(Mailbox.await(email, 1).get(0));
            assertThat(body).contains("https://clinic.example.org/password/reset?token=")
                    .doesNotContain("localhost");
        }

        @Test
        void reachesATherapistsCalendarLink() {
            String location = Scheduling.location(port, "UTC", 1, 0, 15).get("id").asString();
            String therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"),
                    LocalDate.now().plusYears(1), "09:00", "17:00");
            String therapistEmail = Scheduling.admin(port).get("/api/v1/therapists/" + therapist).json().get("email")
                    .asString();
            var link = Api.anonymous(port).as(therapistEmail, TestData.PASSWORD)
                    .post("/api/v1/therapists/" + therapist + "/calendar-token", null);
            assertThat(link.status()).isEqualTo(201);
            assertThat(link.json().get("url").asString())
                    .startsWith("https://clinic.example.org/api/v1/therapists/" + therapist + "/calendar.ics?token=");
        }
    }
}
