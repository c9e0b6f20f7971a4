package org.reliefdesk.clients;

import java.time.LocalDate;
import java.util.UUID;

/** A person who receives treatment; {@code userId} is their sign-in account. */
public record Client(UUID id, UUID userId, String fullName, String email, LocalDate dateOfBirth, String phone) {

    public String firstName() {
        int space = fullName.indexOf(' ');
        return space < 0 ? fullName : fullName.substring(0, space);
    }
}
