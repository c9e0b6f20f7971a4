package org.reliefdesk.scheduling;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A therapist's licence as on file (for documents such as the superbill); empty when none is recorded. */
@Component
public class TherapistLicences {

    private final JdbcClient jdbc;

    TherapistLicences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Licence> of(UUID therapistId) {
        return jdbc.sql("""
                select licence_number, licence_region, licence_expires_on from therapist
                where id = :id and licence_number is not null""")
                .param("id", therapistId)
                .query((rs, n) -> new Licence(rs.getString("licence_number"), rs.getString("licence_region"),
                        rs.getObject("licence_expires_on", LocalDate.class)))
                .optional();
    }

    /** Whether {@code id} has a therapist profile (with or without a licence on file). */
    public boolean isTherapist(UUID id) {
        return jdbc.sql("select count(*) from therapist where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** The licence number, the region that issued it and when it expires. */
    public record Licence(String number, String region, LocalDate expiresOn) {
    }
}
