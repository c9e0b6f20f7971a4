package org.reliefdesk.scheduling.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A therapist's profile: {@code id} is their user account's id. */
public record Therapist(UUID id, String email, String fullName, Licence licence, List<String> skills, UUID locationId) {

    /** A licence is valid through {@code expiresOn}. */
    public record Licence(String number, String region, LocalDate expiresOn) {

        public boolean validOn(LocalDate day) {
            return expiresOn != null && !day.isAfter(expiresOn);
        }
    }

    /** Valid through {@code day} (in the location's calendar). */
    public boolean licensedOn(LocalDate day) {
        return licence != null && licence.validOn(day);
    }
}
