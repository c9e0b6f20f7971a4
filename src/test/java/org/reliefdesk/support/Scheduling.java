package org.reliefdesk.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Fixtures for scheduling tests: a location, therapists with hours, cleared clients. */
public final class Scheduling {

    private Scheduling() {
    }

    private static final Map<Integer, String> ADMIN_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The test admin with an API token (one per server; a token skips the slow password hash). */
    public static Api admin(int port) {
        String token = ADMIN_TOKENS.computeIfAbsent(port, p -> Api.anonymous(p).as(TestData.ADMIN_EMAIL, TestData.PASSWORD)
                .post("/api/v1/tokens", null).json().get("token").asString());
        return Api.anonymous(port).bearer(token);
    }

    /** A location with {@code rooms} rooms and {@code kits} hot-stone kits; returns its JSON. */
    public static JsonNode location(int port, String zone, int rooms, int kits, int buffer) {
        List<Map<String, String>> roomList = new java.util.ArrayList<>();
        for (int i = 1; i <= rooms; i++) {
            roomList.add(Map.of("name", "Room " + i));
        }
        var response = admin(port).post("/api/v1/locations", Map.of("name", "Clinic " + TestData.uniqueEmail("l"),
                "timeZone", zone, "rooms", roomList, "equipment", List.of(Map.of("kind", "HOT_STONE_KIT", "count", kits)),
                "bufferMinutes", buffer, "lateCancelHours", 24));
        if (response.status() != 201) {
            throw new IllegalStateException("location failed: " + response);
        }
        return response.json();
    }

    /** A therapist at the location working {@code start}–{@code end} every day; returns their id. */
    public static String therapist(int port, String locationId, List<String> skills, LocalDate licenceExpiresOn,
            String start, String end) {
        Api admin = admin(port);
        var created = admin.post("/api/v1/therapists", Map.of("email", TestData.uniqueEmail("therapist"),
                "password", TestData.PASSWORD, "fullName", "Therapist " + TestData.uniqueEmail("t").substring(0, 12),
                "licence", Map.of("number", "LMT-1", "region", "ME", "expiresOn", licenceExpiresOn.toString()),
                "skills", skills, "locationId", locationId));
        if (created.status() != 201) {
            throw new IllegalStateException("therapist failed: " + created);
        }
        String id = created.json().get("id").asString();
        List<Map<String, String>> weekly = new java.util.ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            weekly.add(Map.of("day", day, "start", start, "end", end));
        }
        var hours = admin.put("/api/v1/therapists/" + id + "/hours", Map.of("locationId", locationId, "weekly", weekly));
        if (hours.status() != 200) {
            throw new IllegalStateException("hours failed: " + hours);
        }
        return id;
    }

    /** A registered client whose screening reads CLEARED; returns {email, clientId}. */
    public static String[] clearedClient(int port) {
        String email = TestData.uniqueEmail("client");
        String id = TestData.registerClient(Api.anonymous(port), email);
        TestScreenings.set(id, "CLEARED");
        return new String[] {email, id};
    }

    /** A New York location (2 rooms, 1 kit, 15-minute buffer), a 09:00–17:00 massage therapist, a cleared client. */
    public record Practice(String location, String therapist, String clientEmail, String clientId) {
    }

    public static Practice practice(int port, LocalDate licenceExpiresOn) {
        String location = location(port, "America/New_York", 2, 1, 15).get("id").asString();
        String therapist = therapist(port, location, List.of("MEDICAL_MASSAGE"), licenceExpiresOn, "09:00", "17:00");
        String[] client = clearedClient(port);
        return new Practice(location, therapist, client[0], client[1]);
    }
}
