package org.reliefdesk.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.scoring.Result;
import org.reliefdesk.accounts.internal.AccountMessages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;

/**
 * API.md's password rule: at least 10 characters, not on a breached-password list (nbvcxz's
 * 100,000 most common leaked passwords plus our own list of clinic words), and scored at least
 * 3 of 4 by nbvcxz, a zxcvbn-style estimator. The first administrator from the environment and
 * the demo logins are exempt (their callers do not ask).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    public static final int MIN_SCORE = 3;

    private PasswordPolicy() {
    }

    /** The reason the password is refused (in the request's language), or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.isEmpty()) {
            return AccountMessages.get("password.required");
        }
        if (password.length() < MIN_LENGTH) {
            return AccountMessages.get("password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            return AccountMessages.get("password.tooLong", MAX_LENGTH);
        }
        if (Estimator.BREACHED.contains(password.toLowerCase(Locale.ROOT))) {
            return AccountMessages.get("password.breached");
        }
        Result result = Estimator.NBVCXZ.estimate(password);
        if (result.getBasicScore() < MIN_SCORE) {
            return AccountMessages.get("password.weak", warning(result));
        }
        return null;
    }

    /** nbvcxz's own reason (its bundled en/es texts), or a general hint. */
    private static String warning(Result result) {
        Locale locale = LocaleContextHolder.getLocale();
        String key = result.getFeedback().getWarningKey();
        try {
            if (key != null) {
                return ResourceBundle.getBundle("feedback", locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(key);
            }
        } catch (MissingResourceException e) {
            // fall through to the general hint
        }
        return AccountMessages.get("password.weak.hint");
    }

    /** Loaded on first use (about a second: the dictionaries). */
    private static final class Estimator {

        static final Nbvcxz NBVCXZ = new Nbvcxz(new ConfigurationBuilder().setMaxLength(MAX_LENGTH).createConfiguration());
        static final Set<String> BREACHED = breached();

        private static Set<String> breached() {
            Set<String> words = new HashSet<>();
            for (Dictionary dictionary : NBVCXZ.getConfiguration().getDictionaries()) {
                if (dictionary.getDictionaryName().equals("passwords")) {
                    dictionary.getDictonary().keySet().forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
                }
            }
            var resource = new ClassPathResource("accounts/common-passwords.txt");
            try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(words);
        }
    }
}
