package org.reliefdesk.clients;

import java.util.regex.Pattern;

/**
 * Phone numbers as people type them ({@code +1 (207) 555-0100}): digits with spaces, dashes, dots and brackets, a
 * leading {@code +}, 7 to 15 digits (E.164's longest). Compared by their digits only, so search finds any spelling.
 */
public final class PhoneNumbers {

    private static final Pattern TYPED = Pattern.compile("\\+?[0-9 ().\\-]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private PhoneNumbers() {
    }

    /** The number's digits only ("" for null). */
    public static String digits(String text) {
        return text == null ? "" : NOT_DIGIT.matcher(text).replaceAll("");
    }

    /** Whether this reads as a phone number (blank is not checked here: the caller decides if it is required). */
    public static boolean isValid(String text) {
        String stripped = text.strip();
        int digits = digits(stripped).length();
        return TYPED.matcher(stripped).matches() && digits >= 7 && digits <= 15;
    }

    /** Whether a search text is a phone number, or part of one, typed with at least three digits. */
    static boolean looksLikePhone(String query) {
        return TYPED.matcher(query).matches() && digits(query).length() >= 3;
    }
}
