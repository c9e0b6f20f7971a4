package org.reliefdesk.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/** At least 10 characters and not on the list of common passwords shipped with the app. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.isEmpty()) {
            return "is required";
        }
        if (password.length() < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters";
        }
        if (password.length() > 200) {
            return "must be at most 200 characters";
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return "is a commonly used password; choose another";
        }
        return null;
    }

    private static Set<String> load() {
        var resource = new ClassPathResource("accounts/common-passwords.txt");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
