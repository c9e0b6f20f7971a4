package org.reliefdesk.support;

/** An API client signed in with a fresh personal token (skips the slow password hash on every call). */
public final class Tokens {

    private Tokens() {
    }

    public static Api bearer(int port, String email) {
        var issued = Api.anonymous(port).as(email, TestData.PASSWORD).post("/api/v1/tokens", null);
        if (issued.status() != 201) {
            throw new IllegalStateException("token failed: " + issued);
        }
        return Api.anonymous(port).bearer(issued.json().get("token").asString());
    }
}
