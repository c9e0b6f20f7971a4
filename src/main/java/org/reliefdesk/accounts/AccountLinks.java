package org.reliefdesk.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.reliefdesk.notifications.Email;
import org.reliefdesk.notifications.Outbox;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emailed single-use links: an invitation to set a first password (7 days) and a password reset
 * (1 hour). Only a digest of each link's secret is stored.
 */
@Component
public class AccountLinks {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    static final Duration RESET_LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Accounts accounts;
    private final Practice practice;
    private final Clock clock;
    private final String baseUrl;

    AccountLinks(JdbcClient jdbc, Outbox outbox, Accounts accounts, Practice practice, Clock clock,
            @Value("${reliefdesk.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.accounts = accounts;
        this.practice = practice;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Emails a new account (made by staff without a password) a link to set one. */
    @Transactional
    public void invite(UUID userId) {
        var account = accounts.find(userId).orElseThrow();
        String token = issue(userId, "INVITATION", INVITATION_LIFETIME);
        String practiceName = practice.details().name();
        outbox.queue(Email.of("INVITATION", account.email(), "Your " + practiceName + " account", """
                Hello %s,

                %s has created an account for you. Choose your password here (the link works once, for 7 days):
                %s/invitation?token=%s

                If you did not expect this message, you can ignore it.
                """.formatted(account.fullName(), practiceName, baseUrl, token)));
    }

    /** Emails a reset link when the address belongs to an account; says nothing either way. */
    @Transactional
    public void requestReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmail(email).filter(Accounts.UserAccount::enabled).ifPresent(account -> {
            String token = issue(account.id(), "PASSWORD_RESET", RESET_LIFETIME);
            outbox.queue(Email.of("PASSWORD_RESET", account.email(), "Reset your ReliefDesk password", """
                    Hello %s,

                    Someone asked to reset the password of your account. Choose a new one here (the link works once,
                    for one hour):
                    %s/password/reset?token=%s

                    If it was not you, ignore this message: your password stays as it is.
                    """.formatted(account.fullName(), baseUrl, token)));
        });
    }

    /** Sets the password through a link; 422 on field {@code token} when it is unknown, used or expired. */
    @Transactional
    public void setPassword(String token, String password) {
        FieldErrors errors = new FieldErrors();
        String problem = PasswordPolicy.problem(password);
        if (problem != null) {
            errors.add("password", problem);
        }
        UUID userId = token == null ? null : jdbc.sql("""
                select user_id from account_link where digest = :digest and used_at is null and expires_at > :now
                for update""")
                .param("digest", digest(token)).param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).optional().orElse(null);
        if (userId == null) {
            errors.add("token", "This link has expired or was already used. Ask for a new one.");
        }
        errors.throwIfAny();
        jdbc.sql("update account_link set used_at = now() where digest = :digest").param("digest", digest(token)).update();
        accounts.setPassword(userId, password);
    }

    private String issue(UUID userId, String purpose, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into account_link (user_id, purpose, digest, expires_at) values (:u, :p, :d, :e)")
                .param("u", userId).param("p", purpose).param("d", digest(token))
                .param("e", Timestamp.from(clock.instant().plus(lifetime))).update();
        return token;
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For pages: a 422 turned into a message. */
    public static boolean isTokenProblem(RuleViolationException e) {
        return e.errors().stream().anyMatch(error -> error.field().equals("token"));
    }
}
