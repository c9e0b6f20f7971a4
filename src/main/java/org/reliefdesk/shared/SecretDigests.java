package org.reliefdesk.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a random secret handed out once (a sign-in link, a calendar-feed token) is kept: only its
 * SHA-256 digest, in hex. A fast hash is right for 256 random bits; passwords use a slow one.
 */
public final class SecretDigests {

    private SecretDigests() {
    }

    public static String sha256Hex(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
