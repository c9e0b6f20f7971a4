package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.screening.ScreeningChanged;
import org.reliefdesk.screening.ScreeningStatus;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestScreenings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ScreeningReviewTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aNewBlockingScreeningFlagsFutureBookingsAndAClearedOneUnflagsThem() {
        String location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        String therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"),
                BookingApiTests.DAY.plusYears(1), "09:00", "17:00");
        String client = Scheduling.clearedClient(port)[1];
        var booked = Scheduling.admin(port).post("/api/v1/bookings", Map.of("clientId", client, "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(BookingApiTests.DAY, "09:00"),
                "therapistId", therapist));
        String id = booked.json().get("id").asString();

        publish(client, ScreeningStatus.URGENT);
        var flagged = Scheduling.admin(port).get("/api/v1/bookings/" + id).json();
        assertThat(flagged.get("needsReview").asBoolean()).isTrue();
        assertThat(flagged.get("screeningStatus").asString()).isEqualTo("CLEARED");

        TestScreenings.set(client, "URGENT");
        assertThat(Scheduling.admin(port).post("/api/v1/bookings", Map.of("clientId", client, "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(BookingApiTests.DAY, "13:00")))
                .status()).isEqualTo(422);

        publish(client, ScreeningStatus.CLEARED);
        assertThat(Scheduling.admin(port).get("/api/v1/bookings/" + id).json().get("needsReview").asBoolean()).isFalse();
    }

    private void publish(String client, ScreeningStatus status) {
        tx.executeWithoutResult(s -> events.publishEvent(new ScreeningChanged(UUID.fromString(client), UUID.randomUUID(),
                status)));
    }
}
