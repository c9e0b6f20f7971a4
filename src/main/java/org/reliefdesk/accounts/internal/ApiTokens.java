package org.reliefdesk.accounts.internal;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens: 256 random bits shown once, stored only as a SHA-256 digest (a fast
 * hash is right for a long random secret), listed by label and revocable. The time of last use
 * is written at most once every {@link #LAST_USED_GRANULARITY} per token (a conditional update),
 * never once a request.
 */
@Component
class ApiTokens {

    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    IssuedToken issue(UUID userId, String label) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "rdk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = jdbc.sql("insert into api_token (user_id, digest, label) values (:user, :digest, :label) returning id")
                .param("user", userId).param("digest", digest(token))
                .param("label", label == null || label.isBlank() ? null : label.strip()).query(UUID.class).single();
        return new IssuedToken(token, id);
    }

    /** The caller's live tokens, newest first (never the secret). */
    Paged<TokenView> list(UUID userId, PageParams page) {
        long total = jdbc.sql("select count(*) from api_token where user_id = :user and revoked_at is null")
                .param("user", userId).query(Long.class).single();
        List<TokenView> items = jdbc.sql("""
                select id, label, created_at, last_used_at from api_token where user_id = :user and revoked_at is null
                order by created_at desc, id limit :limit offset :offset""")
                .param("user", userId).param("limit", page.size()).param("offset", page.offset())
                .query(TokenView.class).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /** Revokes the caller's own token; false when no such live token belongs to them. */
    boolean revoke(UUID userId, UUID tokenId) {
        return jdbc.sql("update api_token set revoked_at = now() where id = :id and user_id = :user and revoked_at is null")
                .param("id", tokenId).param("user", userId).update() == 1;
    }

    Optional<Authenticated> authenticate(String token) {
        Optional<Authenticated> found = jdbc.sql("""
                select t.id as token_id, t.last_used_at, u.id, u.email, u.full_name, u.role, u.two_factor_enabled,
                       u.preferred_language
                from api_token t join app_user u on u.id = t.user_id
                where t.digest = :digest and t.revoked_at is null and u.enabled""")
                .param("digest", digest(token))
                .query((rs, n) -> {
                    Timestamp lastUsed = rs.getTimestamp("last_used_at");
                    return new Authenticated(new ReliefDeskUser(rs.getObject("id", UUID.class), rs.getString("email"),
                            rs.getString("full_name"), Role.valueOf(rs.getString("role")), null, true,
                            rs.getBoolean("two_factor_enabled"), rs.getString("preferred_language")),
                            new BearerToken(rs.getObject("token_id", UUID.class)),
                            lastUsed == null ? null : lastUsed.toInstant());
                })
                .optional();
        found.filter(a -> a.lastUsed() == null || a.lastUsed().isBefore(Instant.now().minus(LAST_USED_GRANULARITY)))
                .ifPresent(a -> jdbc.sql("""
                        update api_token set last_used_at = now()
                        where id = :id and (last_used_at is null or last_used_at < now() - cast(:every as interval))""")
                        .param("id", a.token().id()).param("every", LAST_USED_GRANULARITY.toSeconds() + " seconds")
                        .update());
        return found;
    }

    static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record IssuedToken(String token, UUID id) {
    }

    record TokenView(UUID id, String label, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
    }

    /** The authentication details of a request signed with a token (a token cannot mint tokens). */
    record BearerToken(UUID id) implements Serializable {
    }

    record Authenticated(ReliefDeskUser user, BearerToken token, Instant lastUsed) {
    }
}
