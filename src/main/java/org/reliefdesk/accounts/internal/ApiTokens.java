package org.reliefdesk.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens: 256 random bits shown once, stored only as a SHA-256 digest (a fast
 * hash is right for a long random secret), revocable.
 */
@Component
class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    IssuedToken issue(UUID userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "rdk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = jdbc.sql("insert into api_token (user_id, digest) values (:user, :digest) returning id")
                .param("user", userId).param("digest", digest(token)).query(UUID.class).single();
        return new IssuedToken(token, id);
    }

    /** Revokes the caller's own token; false when no such live token belongs to them. */
    boolean revoke(UUID userId, UUID tokenId) {
        return jdbc.sql("update api_token set revoked_at = now() where id = :id and user_id = :user and revoked_at is null")
                .param("id", tokenId).param("user", userId).update() == 1;
    }

    Optional<ReliefDeskUser> authenticate(String token) {
        return jdbc.sql("""
                select u.id, u.email, u.full_name, u.role from api_token t join app_user u on u.id = t.user_id
                where t.digest = :digest and t.revoked_at is null and u.enabled""")
                .param("digest", digest(token))
                .query((rs, n) -> new ReliefDeskUser(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("full_name"), Role.valueOf(rs.getString("role")), null))
                .optional();
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
}
