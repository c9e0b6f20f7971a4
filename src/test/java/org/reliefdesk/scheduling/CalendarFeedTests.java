package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CalendarFeedTests {

    static final LocalDate DAY = LocalDate.now(BookingApiTests.NEW_YORK).plusDays(4);

    @LocalServerPort
    int port;

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    @Test
    void theTherapistsFeedParsesNamesServiceRoomAndFirstNameOnlyAndARevokedLinkIsRefused() throws Exception {
        String location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        String therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00", "17:00");
        String therapistEmail = Scheduling.admin(port).get("/api/v1/therapists/" + therapist).json().get("email").asString();
        String email = TestData.uniqueEmail("feed");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        org.reliefdesk.support.TestScreenings.set(clientId, "CLEARED");
        Api client = Api.anonymous(port).as(email, TestData.PASSWORD);
        String booking = client.post("/api/v1/bookings", Map.of("clientId", clientId, "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(DAY, "10:00"))).json().get("id").asString();
        String cancelled = client.post("/api/v1/bookings", Map.of("clientId", clientId, "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(DAY, "13:00"))).json().get("id").asString();
        client.post("/api/v1/bookings/" + cancelled + "/cancel", Map.of());
        Api asTherapist = Api.anonymous(port).as(therapistEmail, TestData.PASSWORD);
        String path = "/api/v1/therapists/" + therapist + "/calendar.ics";

        var signedIn = asTherapist.get(path);
        assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(200);
        assertThat(signedIn.contentType()).startsWith("text/calendar");
        List<VEvent> events = parse(signedIn.text()).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Medical Massage, 60 minutes · Test");
        assertThat(event.getLocation().getValue()).isEqualTo("Room 1");
        assertThat(event.getProperty("UID").orElseThrow().getValue()).startsWith(booking);
        assertThat(signedIn.text()).doesNotContain("Test Client", email, "CLEARED");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo(java.time.format.DateTimeFormatter
                .ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC)
                .format(java.time.OffsetDateTime.parse(BookingApiTests.at(DAY, "10:00"))));

        assertThat(Api.anonymous(port).get(path).status()).isEqualTo(401);
        assertThat(client.get(path).status()).isEqualTo(403);
        assertThat(Scheduling.admin(port).get(path).status()).isEqualTo(200);
        assertThat(client.post("/api/v1/therapists/" + therapist + "/calendar-token", null).status()).isEqualTo(403);

        var link = asTherapist.post("/api/v1/therapists/" + therapist + "/calendar-token", null);
        assertThat(link.status()).isEqualTo(201);
        String token = link.json().get("token").asString();
        assertThat(link.json().get("url").asString()).endsWith(path + "?token=" + token);
        var byToken = Api.anonymous(port).get(path + "?token=" + token);
        assertThat(byToken.status()).isEqualTo(200);
        assertThat(parse(byToken.text()).getComponents("VEVENT")).hasSize(1);
        String otherTherapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00", "17:00");
        assertThat(Api.anonymous(port).get("/api/v1/therapists/" + otherTherapist + "/calendar.ics?token=" + token).status())
                .as("a link opens only its own therapist's calendar").isEqualTo(401);

        assertThat(asTherapist.delete("/api/v1/therapists/" + therapist + "/calendar-token").status()).isEqualTo(204);
        var revoked = Api.anonymous(port).get(path + "?token=" + token);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.text()).contains("revoked");
        String renewed = asTherapist.post("/api/v1/therapists/" + therapist + "/calendar-token", null).json().get("token").asString();
        assertThat(Api.anonymous(port).get(path + "?token=" + renewed).status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get(path + "?token=" + token).status()).isEqualTo(401);
    }

    @Test
    void aClientDownloadsTheirOwnSessionWithPlaceAndPolicy() throws Exception {
        String location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00", "17:00");
        String[] client = Scheduling.clearedClient(port);
        Api api = Api.anonymous(port).as(client[0], TestData.PASSWORD);
        String booking = api.post("/api/v1/bookings", Map.of("clientId", client[1], "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(DAY, "11:00"))).json().get("id").asString();
        var ics = api.get("/api/v1/bookings/" + booking + "/calendar.ics");
        assertThat(ics.status()).isEqualTo(200);
        VEvent event = parse(ics.text()).<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getSummary().getValue()).startsWith("Medical Massage, 60 minutes with ");
        assertThat(event.getLocation().getValue()).startsWith("Clinic ");
        assertThat(event.getDescription().getValue()).contains("Cancellation policy");
        assertThat(api.put("/api/v1/clients/" + client[1], Map.of("preferredLanguage", "es")).status()).isEqualTo(200);
        VEvent spanish = parse(api.get("/api/v1/bookings/" + booking + "/calendar.ics").text())
                .<VEvent>getComponents("VEVENT").get(0);
        assertThat(spanish.getSummary().getValue()).as("in the reader's language, as the emailed file").contains(" con ");
        assertThat(spanish.getDescription().getValue()).startsWith("Política de cancelación: Puede cancelar");
        String[] other = Scheduling.clearedClient(port);
        assertThat(Api.anonymous(port).as(other[0], TestData.PASSWORD).get("/api/v1/bookings/" + booking + "/calendar.ics")
                .status()).isEqualTo(404);
    }
}
