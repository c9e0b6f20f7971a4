package org.reliefdesk.clients;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reliefdesk.shared.TypedFields;

/**
 * What a staff search typed: a date of birth (ISO {@code 1988-04-12}, or day, month and a four-digit year in the
 * reader's order, {@code 4/12/1988} in English and {@code 12/4/1988} in Spanish), else text matched against name,
 * email and phone, and the digits of a phone number compared digits only.
 */
record SearchTerms(String pattern, String digits, LocalDate dateOfBirth) {

    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");

    static SearchTerms of(String query, Locale locale) {
        if (query == null || query.isBlank()) {
            return new SearchTerms("%", "", null);
        }
        String text = query.strip();
        LocalDate date = date(text, locale);
        if (date != null) {
            return new SearchTerms(null, "", date);
        }
        String digits = PhoneNumbers.looksLikePhone(text) ? PhoneNumbers.digits(text) : "";
        return new SearchTerms("%" + escape(text.toLowerCase(Locale.ROOT)) + "%", digits, null);
    }

    private static LocalDate date(String text, Locale locale) {
        LocalDate iso = TypedFields.date(text).orElse(null);
        Matcher m = NUMERIC_DATE.matcher(text);
        if (iso != null || !m.matches()) {
            return iso;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        boolean monthFirst = monthFirst(locale);
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), monthFirst ? first : second, monthFirst ? second : first);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether the reader writes the month before the day (English, US style: 4/12/1988). */
    private static boolean monthFirst(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale == null ? Locale.ENGLISH : locale);
        return pattern.indexOf('M') < pattern.indexOf('d');
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
