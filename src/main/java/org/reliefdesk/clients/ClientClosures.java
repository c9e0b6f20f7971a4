package org.reliefdesk.clients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed accounts (API.md "Interoperability and the client's own record"): the closure kept on the client row, and
 * the retention purge's de-identification of that row (it stays, so bookings and invoices keep their client).
 */
@Component
public class ClientClosures {

    private final JdbcClient jdbc;
    private final Clients clients;

    ClientClosures(JdbcClient jdbc, Clients clients) {
        this.jdbc = jdbc;
        this.clients = clients;
    }

    /**
     * Marks the client's account closed at {@code at} for {@code reason}, their clinical record to be deleted after
     * {@code purgeAfter}; 404 when unknown, 409 when it is already closed. The sign-in account is the caller's to close.
     */
    @Transactional
    public Closure close(UUID clientId, String reason, Instant at, Instant purgeAfter) {
        Client client = clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
        int closed = jdbc.sql("""
                update client set closed_at = :at, closed_reason = :reason, purge_after = :purge, updated_at = now()
                where id = :id and closed_at is null""")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("reason", reason)
                .param("purge", purgeAfter.atOffset(ZoneOffset.UTC)).param("id", client.id()).update();
        if (closed == 0) {
            throw new ConflictException("This account is already closed");
        }
        return closure(clientId).orElseThrow();
    }

    /** When and why the client's account was closed; empty while it is open. */
    public Optional<Closure> closure(UUID clientId) {
        return jdbc.sql("select closed_at, closed_reason, purge_after, purged_at from client where id = :id"
                        + " and closed_at is not null")
                .param("id", clientId).query((rs, n) -> new Closure(instant(rs, "closed_at"),
                        rs.getString("closed_reason"), instant(rs, "purge_after"), instant(rs, "purged_at")))
                .optional();
    }

    public boolean isClosed(UUID clientId) {
        return closure(clientId).isPresent();
    }

    /** Closed clients whose record is past retention at {@code now} and not yet purged (at most {@code limit}). */
    public List<UUID> duePurge(Instant now, int limit) {
        return jdbc.sql("""
                select id from client where closed_at is not null and purged_at is null and purge_after <= :now
                order by purge_after limit :limit""")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("limit", limit).query(UUID.class).list();
    }

    /**
     * The retention purge's claim on a closed client past retention: name, email and phone blanked, the date of
     * birth kept as the year only (1 January), {@code purged_at} set. Returns the sign-in account's id, or empty
     * when the client is not due (or another instance claimed it first: the row lock makes it wait, then see it).
     */
    @Transactional
    public Optional<UUID> deidentify(UUID clientId, Instant now) {
        return jdbc.sql("""
                update client set full_name = :name, email = 'purged-' || id || '@invalid', phone = null,
                    date_of_birth = make_date(extract(year from date_of_birth)::int, 1, 1), closed_reason = null,
                    purged_at = :now, updated_at = now()
                where id = :id and closed_at is not null and purged_at is null and purge_after <= :now
                returning user_id""")
                .param("name", PURGED_NAME).param("now", now.atOffset(ZoneOffset.UTC)).param("id", clientId)
                .query(UUID.class).optional();
    }

    /** The name a purged client's row keeps. */
    public static final String PURGED_NAME = "Former client";

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A closed account: when, why, after when its clinical record is deleted, and when it was (null: not yet). */
    public record Closure(Instant closedAt, String reason, Instant purgeAfter, Instant purgedAt) {
    }

}
