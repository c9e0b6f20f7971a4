package org.reliefdesk.accounts.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
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
    private final JdbcClient jdbc;
    private final Practice practice;
    private final CodeVerifier verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(), new SystemTimeProvider());

    TwoFactor(JdbcClient jdbc, Practice practice) {
        this.jdbc = jdbc;
        this.practice = practice;
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

    /** A current TOTP code, or an unused recovery code (then used up). False when two-step is off. */
    @Transactional
    boolean verify(UUID userId, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String secret = jdbc.sql("select two_factor_secret from app_user where id = :id and two_factor_enabled")
                .param("id", userId).query(String.class).optional().orElse(null);
        if (secret == null) {
            return false;
        }
        if (code.strip().matches("\\d{6}")) {
            return verifier.isValidCode(secret, code.strip());
        }
        return jdbc.sql("""
                update two_factor_recovery_code set used_at = now()
                where user_id = :id and digest = :digest and used_at is null""")
                .param("id", userId).param("digest", ApiTokens.digest(normalise(code))).update() == 1;
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
