package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The gate reads the real, newest screening: intake submitted through the API, no test overrides. */
@IntegrationTest
class ScreeningGateTests {

    @LocalServerPort
    int port;

    @Test
    void onlyAClearedNewestScreeningBooksAndABlockingNewIntakeFlagsTheBooking() {
        String location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        String therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"),
                BookingApiTests.DAY.plusYears(1), "09:00", "17:00");
        String email = TestData.uniqueEmail("gate");
        String client = TestData.registerClient(Api.anonymous(port), email);
        Api admin = Scheduling.admin(port);
        Map<String, Object> body = Map.of("clientId", client, "locationId", location, "serviceCode",
                "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(BookingApiTests.DAY, "09:00"), "therapistId", therapist);

        assertThat(admin.post("/api/v1/bookings", body).text()).contains("no submitted intake");

        Api self = Api.anonymous(port).as(email, TestData.PASSWORD);
        var cleared = IntakeFixtures.submit(self, client, IntakeFixtures.with(IntakeFixtures.episodicMigraine(),
                "consent.signature", "Test Client"));
        assertThat(cleared.status()).as(cleared.text()).isEqualTo(201);
        var booked = self.post("/api/v1/bookings", body);
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        String id = booked.json().get("id").asString();

        var urgent = IntakeFixtures.submit(self, client, IntakeFixtures.with(IntakeFixtures.with(
                IntakeFixtures.episodicMigraine(), "consent.signature", "Test Client"), "warning.thunderclap", true));
        assertThat(urgent.text()).contains("URGENT");
        var flagged = admin.get("/api/v1/bookings/" + id).json();
        assertThat(flagged.get("needsReview").asBoolean()).isTrue();
        assertThat(flagged.get("screeningStatus").asString()).isEqualTo("CLEARED");
        var refused = self.post("/api/v1/bookings", Map.of("clientId", client, "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(BookingApiTests.DAY, "13:00")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("prompt medical attention");
    }
}
