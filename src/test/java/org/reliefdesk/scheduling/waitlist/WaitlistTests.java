package org.reliefdesk.scheduling.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Mailbox;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The waitlist: a freed time is offered and held, accepting books it, declining or expiry passes it on. */
@IntegrationTest
class WaitlistTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.now(NEW_YORK).plusDays(6);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WaitlistOffers offers;

    String location;
    String therapist;
    String[] holder;
    String[] first;
    String[] second;

    @BeforeEach
    void practice() {
        location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        therapist = Scheduling.therapist(port, location, List.of("MEDICAL_MASSAGE"), DAY.plusYears(1), "09:00", "17:00");
        holder = Scheduling.clearedClient(port);
        first = Scheduling.clearedClient(port);
        second = Scheduling.clearedClient(port);
    }

    static String at(String time) {
        return ZonedDateTime.of(DAY, LocalTime.parse(time), NEW_YORK).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    Api as(String[] client) {
        return Api.anonymous(port).as(client[0], TestData.PASSWORD);
    }

    String bookFor(String[] client, String time) {
        var booked = as(client).post("/api/v1/bookings", Map.of("clientId", client[1], "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", at(time), "therapistId", therapist));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        return booked.json().get("id").asString();
    }

    JsonNode join(String[] client) {
        var joined = as(client).post("/api/v1/waitlist", Map.of("locationId", location, "serviceCode", "MEDICAL_MASSAGE_60",
                "date", DAY.toString()));
        assertThat(joined.status()).as(joined.text()).isEqualTo(201);
        return joined.json();
    }

    JsonNode entry(String[] client, JsonNode entry) {
        return as(client).get("/api/v1/waitlist/" + entry.get("id").asString()).json();
    }

    @Test
    void theFirstWaitingClientIsOfferedTheFreedTimeWhichIsHeldForThemAndAcceptingBooksIt() throws Exception {
        String booking = bookFor(holder, "11:00");
        JsonNode firstEntry = join(first);
        JsonNode secondEntry = join(second);
        assertThat(firstEntry.get("position").asInt()).isEqualTo(1);
        assertThat(secondEntry.get("position").asInt()).isEqualTo(2);
        assertThat(as(first).post("/api/v1/waitlist", Map.of("locationId", location, "serviceCode", "MEDICAL_MASSAGE_60",
                "date", DAY.toString())).status()).as("once per day").isEqualTo(409);

        as(holder).post("/api/v1/bookings/" + booking + "/cancel", Map.of());
        JsonNode offer = entry(first, firstEntry).get("openOffer");
        assertThat(offer.get("start").asString()).isEqualTo(at("11:00"));
        assertThat(entry(second, secondEntry).get("openOffer").isNull()).isTrue();
        assertThat(Mailbox.await(first[0], 1).get(0).getSubject()).startsWith("A time is free");

        var stolen = as(second).post("/api/v1/bookings", Map.of("clientId", second[1], "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", at("11:00")));
        assertThat(stolen.status()).as("the held time is not free for others").isEqualTo(409);
        var free = as(second).get("/api/v1/availability?locationId=" + location + "&serviceCode=MEDICAL_MASSAGE_60&from="
                + DAY + "&to=" + DAY).json().get("slots").findValuesAsString("start");
        assertThat(free).doesNotContain(at("11:00"));
        assertThat(as(second).get("/api/v1/waitlist/offers/" + offer.get("id").asString()).status()).isEqualTo(404);
        assertThat(as(second).post("/api/v1/waitlist/offers/" + offer.get("id").asString() + "/accept", null).status())
                .isEqualTo(404);

        var accepted = as(first).post("/api/v1/waitlist/offers/" + offer.get("id").asString() + "/accept", null);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
        assertThat(accepted.json().get("start").asString()).isEqualTo(at("11:00"));
        assertThat(accepted.json().get("clientId").asString()).isEqualTo(first[1]);
        assertThat(entry(first, firstEntry).get("status").asString()).isEqualTo("BOOKED");
        assertThat(as(first).post("/api/v1/waitlist/offers/" + offer.get("id").asString() + "/accept", null).status())
                .isEqualTo(409);
        assertThat(Mailbox.await(first[0], 2).get(1).getSubject()).startsWith("Booked:");
    }

    @Test
    void anExpiredOfferPassesToTheNextClientAndCanNoLongerBeAccepted() throws Exception {
        String booking = bookFor(holder, "14:00");
        JsonNode firstEntry = join(first);
        JsonNode secondEntry = join(second);
        as(holder).post("/api/v1/bookings/" + booking + "/cancel", Map.of());
        String offer = entry(first, firstEntry).get("openOffer").get("id").asString();

        jdbc.sql("update waitlist_offer set expires_at = now() - interval '1 second' where id = cast(:id as uuid)")
                .param("id", offer).update();
        assertThat(as(first).post("/api/v1/waitlist/offers/" + offer + "/accept", null).status()).isEqualTo(409);
        offers.expireDue();

        assertThat(as(first).get("/api/v1/waitlist/offers/" + offer).json().get("status").asString()).isEqualTo("EXPIRED");
        JsonNode passedOn = entry(second, secondEntry).get("openOffer");
        assertThat(passedOn.get("start").asString()).isEqualTo(at("14:00"));
        assertThat(entry(first, firstEntry).get("status").asString()).as("still waiting for another time").isEqualTo("WAITING");
        assertThat(Mailbox.await(second[0], 1).get(0).getSubject()).startsWith("A time is free");

        var declined = as(second).post("/api/v1/waitlist/offers/" + passedOn.get("id").asString() + "/decline", null);
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(entry(first, firstEntry).get("openOffer").isNull()).as("not offered the same time twice").isTrue();
        var now = as(second).post("/api/v1/bookings", Map.of("clientId", second[1], "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", at("14:00")));
        assertThat(now.status()).as("nobody left to offer it to: the time is free again").isEqualTo(201);
    }

    @Test
    void theHoldLastsTheLocationsOfferTimeAndLeavingTheListPassesAnOpenOfferOn() {
        Scheduling.admin(port).put("/api/v1/locations/" + location, Map.of("name", "Waitlist clinic " + DAY,
                "timeZone", "America/New_York", "rooms", Scheduling.admin(port).get("/api/v1/locations/" + location)
                        .json().get("rooms"), "offerHoldMinutes", 45));
        String booking = bookFor(holder, "15:00");
        JsonNode firstEntry = join(first);
        JsonNode secondEntry = join(second);
        as(holder).post("/api/v1/bookings/" + booking + "/cancel", Map.of());
        JsonNode offer = entry(first, firstEntry).get("openOffer");
        long minutes = java.time.Duration.between(java.time.OffsetDateTime.now(),
                java.time.OffsetDateTime.parse(offer.get("expiresAt").asString())).toMinutes();
        assertThat(minutes).isBetween(43L, 45L);

        var left = as(first).delete("/api/v1/waitlist/" + firstEntry.get("id").asString());
        assertThat(left.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(as(first).get("/api/v1/waitlist/offers/" + offer.get("id").asString()).json().get("status").asString())
                .isEqualTo("WITHDRAWN");
        assertThat(entry(second, secondEntry).get("openOffer").get("start").asString()).isEqualTo(at("15:00"));
    }

    @Test
    void onlyClientsWhoMayBookJoinAndOnlyForThemselves() {
        org.reliefdesk.support.TestScreenings.set(second[1], "CLEARANCE_REQUIRED");
        var blocked = as(second).post("/api/v1/waitlist", Map.of("locationId", location, "serviceCode", "MEDICAL_MASSAGE_60",
                "date", DAY.toString()));
        assertThat(blocked.status()).isEqualTo(422);
        var other = as(first).post("/api/v1/waitlist", Map.of("clientId", holder[1], "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "date", DAY.toString()));
        assertThat(other.status()).isEqualTo(404);
        var past = as(first).post("/api/v1/waitlist", Map.of("locationId", location, "serviceCode", "MEDICAL_MASSAGE_60",
                "date", DAY.minusDays(30).toString()));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.text()).contains("\"field\":\"date\"");
        var desk = Api.anonymous(port).as(TestData.createStaff(Api.anonymous(port), "FRONT_DESK"), TestData.PASSWORD);
        var forClient = desk.post("/api/v1/waitlist", Map.of("clientId", first[1], "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "date", DAY.toString(), "therapistId", therapist));
        assertThat(forClient.status()).as(forClient.text()).isEqualTo(201);
        assertThat(desk.get("/api/v1/waitlist?locationId=" + location + "&date=" + DAY).json().get("total").asInt())
                .isEqualTo(1);
        assertThat(as(holder).get("/api/v1/waitlist").json().get("total").asInt()).isZero();
    }
}
