package org.reliefdesk.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step verification with TOTP (RFC 6238: SHA-1, 6 digits, 30 s, one step of clock drift either way)
 * and ten single-use recovery codes. The secret stays readable in the database (a code cannot be
 * checked otherwise) and is shown only once, at set-up; recovery codes are kept as SHA-256 digests.
 */
@Component
class TwoFactor {

    static final int RECOVERY_CODES = 10;
    /** Wrong codes (TOTP or recovery) for one person within {@link #GUESS_WINDOW} before no code is accepted. */
    static final int MAX_WRONG_CODES = 5;
    static final Duration GUESS_WINDOW = Duration.ofMinutes(15);
    private final JdbcClient jdbc;
    private final Practice practice;
    private final Clock clock;
    private final DefaultCodeGenerator generator = new DefaultCodeGenerator();
    private final CodeVerifier verifier = new DefaultCodeVerifier(generator, new SystemTimeProvider());

    TwoFactor(JdbcClient jdbc, Practice practice, Clock clock) {
        this.jdbc = jdbc;
        this.practice = practice;
        this.clock = clock;
    }

    /** Starts (or restarts) set-up: a new secret and recovery codes, pending until confirmed. 409 when already on. */
    @Transactional
    Setup begin(UUID userId, String email) {
        if (enabled(userId)) {
            throw new ConflictException(AccountMessages.get("twoStep.alreadyOn"));
        }
        String secret = new DefaultSecretGenerator().generate();
        jdbc.sql("update app_user set two_factor_secret = :secret where id = :id")
                .param("secret", secret).param("id", userId).update();
        jdbc.sql("delete from two_factor_recovery_code where user_id = :id").param("id", userId).update();
        List<String> codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        for (String code : codes) {
            jdbc.sql("insert into two_factor_recovery_code (user_id, digest) values (:id, :digest)")
                    .param("id", userId).param("digest", ApiTokens.digest(normalise(code))).update();
        }
        return new Setup(secret, uri(email, secret), codes);
    }

    private String uri(String email, String secret) {
        return new QrData.Builder().label(email).secret(secret).issuer(practice.details().name())
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build().getUri();
    }

    /** Switches it on with a current code from the app; 422 on {@code code} when wrong or nothing is pending. */
    @Transactional
    void confirm(UUID userId, String code) {
        String secret = jdbc.sql("select two_factor_secret from app_user where id = :id and not two_factor_enabled for update")
                .param("id", userId).query(String.class).optional().orElse(null);
        if (secret == null) {
            throw new ConflictException(AccountMessages.get(enabled(userId) ? "twoStep.alreadyOn" : "twoStep.notStarted"));
        }
        if (code == null || !verifier.isValidCode(secret, code.strip())) {
            new FieldErrors().add("code", AccountMessages.get("twoStep.wrongCode")).throwIfAny();
        }
        jdbc.sql("update app_user set two_factor_enabled = true where id = :id").param("id", userId).update();
    }

    /** Switches it off with a current code or an unused recovery code; 422 on {@code code} when wrong. */
    @Transactional
    void disable(UUID userId, String code) {
        if (!enabled(userId)) {
            throw new ConflictException(AccountMessages.get("twoStep.notOn"));
        }
        if (!verify(userId, code)) {
            new FieldErrors().add("code", AccountMessages.get("twoStep.wrongCode")).throwIfAny();
        }
        jdbc.sql("update app_user set two_factor_enabled = false, two_factor_secret = null where id = :id")
                .param("id", userId).update();
        jdbc.sql("delete from two_factor_recovery_code where user_id = :id").param("id", userId).update();
    }

    /**
     * A current TOTP code not accepted before, or an unused recovery code (then used up). False when two-step is
     * off, and for every code once {@value #MAX_WRONG_CODES} wrong ones came within the window: the person's row
     * is locked while checking, so parallel guesses queue and count.
     */
    @Transactional
    boolean verify(UUID userId, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        var state = jdbc.sql("""
                select two_factor_secret, coalesce(two_factor_last_step, 0) as last_step from app_user
                where id = :id and two_factor_enabled for update""")
                .param("id", userId).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).optional()
                .orElse(null);
        if (state == null || tooManyWrongCodes(userId)) {
            return false;
        }
        String given = code.strip();
        boolean right = given.matches("\\d{6}") ? acceptTotp(userId, (String) state[0], (Long) state[1], given)
                : jdbc.sql("""
                        update two_factor_recovery_code set used_at = now()
                        where user_id = :id and digest = :digest and used_at is null""")
                        .param("id", userId).param("digest", ApiTokens.digest(normalise(code))).update() == 1;
        if (right) {
            jdbc.sql("delete from login_failure where key = :key").param("key", guessKey(userId)).update();
        } else {
            jdbc.sql("insert into login_failure (key, at) values (:key, :at)").param("key", guessKey(userId))
                    .param("at", Timestamp.from(clock.instant())).update();
        }
        return right;
    }

    /** The code of the current 30-second step or one either side, newer than the last step accepted. */
    private boolean acceptTotp(UUID userId, String secret, long lastStep, String given) {
        long now = clock.instant().getEpochSecond() / 30;
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > lastStep && same(code(secret, step), given)) {
                jdbc.sql("update app_user set two_factor_last_step = :step where id = :id")
                        .param("step", step).param("id", userId).update();
                return true;
            }
        }
        return false;
    }

    private boolean tooManyWrongCodes(UUID userId) {
        return jdbc.sql("select count(*) from login_failure where key = :key and at > :since")
                .param("key", guessKey(userId)).param("since", Timestamp.from(clock.instant().minus(GUESS_WINDOW)))
                .query(Long.class).single() >= MAX_WRONG_CODES;
    }

    private String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a TOTP code", e);
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static String guessKey(UUID userId) {
        return "second-step:" + userId;
    }

    /** While set-up is pending: the secret and its otpauth URI again (for a second try at confirming). */
    Setup pending(UUID userId, String email) {
        return jdbc.sql("select two_factor_secret from app_user where id = :id and not two_factor_enabled")
                .param("id", userId).query(String.class).optional()
                .map(secret -> new Setup(secret, uri(email, secret), List.of())).orElse(null);
    }

    boolean enabled(UUID userId) {
        return jdbc.sql("select two_factor_enabled from app_user where id = :id").param("id", userId)
                .query(Boolean.class).optional().orElse(false);
    }

    private static String normalise(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    record Setup(String secret, String otpauthUri, List<String> recoveryCodes) {
    }
}
