package org.reliefdesk.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Small factories for test fixtures. */
public final class TestData {

    public static final String PASSWORD = "a-long-test-password";
    public static final String ADMIN_EMAIL = "admin@test.reliefdesk.local";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestData() {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@test.example";
    }

    public static Map<String, Object> newClient(String email) {
        return Map.of("email", email, "password", PASSWORD, "fullName", "Test Client", "dateOfBirth", "1985-06-15");
    }

    /** Registers a client over the API and returns their client id. */
    public static String registerClient(Api api, String email) {
        var response = api.post("/api/v1/register", newClient(email));
        if (response.status() != 201) {
            throw new IllegalStateException("register failed: " + response);
        }
        return response.json().get("id").asString();
    }

    /** Creates a staff account of the role (as the test admin) and returns its email. */
    public static String createStaff(Api api, String role) {
        String email = uniqueEmail(role.toLowerCase());
        var response = api.as(ADMIN_EMAIL, PASSWORD).post("/api/v1/staff",
                Map.of("email", email, "password", PASSWORD, "fullName", "Staff " + role, "role", role));
        if (response.status() != 201) {
            throw new IllegalStateException("staff failed: " + response);
        }
        return email;
    }

    /** A {@code PUT /api/v1/practice} body: the practice's details as they are now, with {@code changes} on top. */
    public static Map<String, Object> practiceChange(Api admin, Map<String, Object> changes) {
        tools.jackson.databind.JsonNode now = admin.get("/api/v1/practice").json();
        Map<String, Object> body = new java.util.HashMap<>();
        for (String field : java.util.List.of("name", "address", "phone", "email")) {
            body.put(field, now.get(field).stringValue());
        }
        body.putAll(changes);
        return body;
    }
}
