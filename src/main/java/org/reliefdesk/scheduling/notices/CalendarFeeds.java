package org.reliefdesk.scheduling.notices;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.scheduling.practice.Therapists;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.SecretDigests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's secret calendar feed link for calendar apps. One link at a time: issuing a new one
 * revokes the old; only a SHA-256 digest of the 256-bit secret is stored.
 */
@Component
class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final Therapists therapists;

    CalendarFeeds(JdbcClient jdbc, Therapists therapists) {
        this.jdbc = jdbc;
        this.therapists = therapists;
    }

    /** The therapist themself or an administrator; anyone else 403 (an unknown therapist 404). */
    void checkOwner(UUID therapistId, ReliefDeskUser user) {
        therapists.get(therapistId);
        if (!user.isAdmin() && !user.id().equals(therapistId)) {
            throw new ForbiddenException("Only the therapist or an administrator may see this calendar");
        }
    }

    /** A new secret (shown once); any earlier one stops working. */
    @Transactional
    String issue(UUID therapistId, ReliefDeskUser user) {
        checkOwner(therapistId, user);
        revokeAll(therapistId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into calendar_feed_token (therapist_id, digest) values (:t, :d)")
                .param("t", therapistId).param("d", SecretDigests.sha256Hex(token)).update();
        return token;
    }

    @Transactional
    void revoke(UUID therapistId, ReliefDeskUser user) {
        checkOwner(therapistId, user);
        revokeAll(therapistId);
    }

    boolean hasLink(UUID therapistId) {
        return jdbc.sql("select exists (select 1 from calendar_feed_token where therapist_id = :t and revoked_at is null)")
                .param("t", therapistId).query(Boolean.class).single();
    }

    /** True when the token is this therapist's current (unrevoked) link. */
    boolean valid(UUID therapistId, String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        Optional<UUID> owner = jdbc.sql("""
                select therapist_id from calendar_feed_token where digest = :d and revoked_at is null""")
                .param("d", SecretDigests.sha256Hex(token.strip())).query(UUID.class).optional();
        return owner.isPresent() && owner.get().equals(therapistId);
    }

    /** The feed's address for calendar apps, with the secret. */
    static String url(String baseUrl, UUID therapistId, String token) {
        return baseUrl + "/api/v1/therapists/" + therapistId + "/calendar.ics?token=" + token;
    }

    private void revokeAll(UUID therapistId) {
        jdbc.sql("update calendar_feed_token set revoked_at = now() where therapist_id = :t and revoked_at is null")
                .param("t", therapistId).update();
    }

}
