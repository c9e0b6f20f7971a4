package org.reliefdesk.accounts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

import org.reliefdesk.shared.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The practice's own details, shown on letters, plans and emails. */
@Component
public class Practice {

    private final JdbcClient jdbc;

    Practice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Details details() {
        return jdbc.sql("select name, address, phone, email, website from practice where id = 1")
                .query(Details.class).single();
    }

    @Transactional
    public Details update(Details details) {
        return update(details, BillingDetails.KEEP);
    }

    /**
     * The details and the billing details in one transaction, or one 422 naming every wrong field of both (and
     * nothing written). A billing field that is null stays as it was.
     */
    @Transactional
    public Details update(Details details, BillingDetails billing) {
        return update(details, billing, null);
    }

    /** As {@link #update(Details, BillingDetails)}, with the country (ISO 3166-1 alpha-2; null stays as it was). */
    @Transactional
    public Details update(Details details, BillingDetails billing, String country) {
        FieldErrors errors = new FieldErrors();
        billing.check(errors);
        if (country != null && !isCountry(country.strip())) {
            errors.add("country", "must be an ISO 3166-1 country code such as US");
        }
        errors.name("name", details.name(), 200);
        errors.maxLength("address", details.address(), 500).maxLength("phone", details.phone(), 50)
                .maxLength("website", details.website(), 300);
        if (details.website() != null && !details.website().isBlank() && !isWebAddress(details.website().strip())) {
            errors.add("website", "must be an http(s) address such as https://clinic.example");
        }
        if (details.email() != null && !details.email().isBlank()) {
            errors.email("email", details.email());
        }
        errors.throwIfAny();
        jdbc.sql("""
                update practice set name = :name, address = :address, phone = :phone, email = :email,
                    website = :website, updated_at = now() where id = 1""")
                .param("name", details.name().strip())
                .param("address", blankToEmpty(details.address()))
                .param("phone", blankToEmpty(details.phone()))
                .param("email", blankToEmpty(details.email()))
                .param("website", details.website() == null || details.website().isBlank() ? null : details.website().strip())
                .update();
        jdbc.sql("""
                update practice set currency = coalesce(:currency, currency), tax_id = coalesce(:taxId, tax_id),
                    npi = coalesce(:npi, npi) where id = 1""")
                .param("currency", billing.currency() == null ? null : billing.currency().strip())
                .param("taxId", billing.taxId() == null ? null : billing.taxId().strip())
                .param("npi", billing.npi() == null ? null : billing.npi().strip()).update();
        if (country != null) {
            jdbc.sql("update practice set country = :country where id = 1").param("country", country.strip()).update();
        }
        return details();
    }

    /** An absolute http or https URL with a host: never {@code javascript:}, {@code data:} or a bare word. */
    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && uri.getHost() != null
                    && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The practice's currency, ISO 4217 ({@code USD} unless set): every amount is in it. */
    public String currency() {
        return jdbc.sql("select currency from practice where id = 1").query(String.class).single();
    }

    /** The practice's currency, tax id and National Provider Identifier (each {@code ""} until set but currency). */
    public BillingDetails billingDetails() {
        return jdbc.sql("select currency, tax_id, npi from practice where id = 1")
                .query((rs, n) -> new BillingDetails(rs.getString("currency"), rs.getString("tax_id"),
                        rs.getString("npi"))).single();
    }

    /** The practice's country, ISO 3166-1 alpha-2 ({@code US} unless set): paper size, and the formats people read. */
    public String country() {
        return jdbc.sql("select country from practice where id = 1").query(String.class).single();
    }

    /**
     * The locale of a page, an email or a document for a reader: the reader's language (English or Spanish) with the
     * practice's country, so a Spanish reader of a practice in Maine gets {@code es-US} dates, numbers and money
     * ({@code $95.00}) wherever they read.
     */
    public Locale documentLocale(Locale reader) {
        return localeIn(reader, country());
    }

    /** The reader's language (English or Spanish) with {@code country} as its region ({@code ""}: none). */
    public static Locale localeIn(Locale reader, String country) {
        String language = reader != null && "es".equals(reader.getLanguage()) ? "es" : "en";
        return new Locale.Builder().setLanguage(language).setRegion(country).build();
    }

    /** Two capitals that ISO 3166-1 knows ({@code US}, {@code DE}), not {@code us} or {@code XX}. */
    static boolean isCountry(String code) {
        return code.matches("[A-Z]{2}") && COUNTRIES.contains(code);
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** {@code requireTwoStepForStaff}: staff without two-step verification set it up at their next sign-in. */
    public boolean requiresTwoStepForStaff() {
        return jdbc.sql("select require_two_step_for_staff from practice where id = 1").query(Boolean.class).single();
    }

    @Transactional
    public void requireTwoStepForStaff(boolean required) {
        jdbc.sql("update practice set require_two_step_for_staff = :required, updated_at = now() where id = 1")
                .param("required", required).update();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    public record Details(String name, String address, String phone, String email, String website) {
    }

    /**
     * What invoices and superbills carry: the currency (ISO 4217, known to {@link Currency}), the tax id (free
     * text, up to 30 characters) and the NPI (10 digits passing the NPI check digit, or empty). In an update a
     * null field stays as it was.
     */
    public record BillingDetails(String currency, String taxId, String npi) {

        public static final BillingDetails KEEP = new BillingDetails(null, null, null);

        void check(FieldErrors errors) {
            if (currency != null && !isCurrency(currency.strip())) {
                errors.add("currency", "must be an ISO 4217 currency code such as USD");
            }
            if (taxId != null) {
                errors.maxLength("taxId", taxId, 30);
                if (!taxId.isBlank() && !taxId.strip().matches("[A-Za-z0-9 ./-]+")) {
                    errors.add("taxId", "must be letters, digits, spaces, dots, dashes or slashes");
                }
            }
            if (npi != null && !npi.isBlank() && !isNpi(npi.strip())) {
                errors.add("npi", "must be a 10-digit National Provider Identifier with a valid check digit");
            }
        }
    }

    /** Three capitals that {@link Currency} knows ({@code USD}, {@code EUR}), not {@code usd} or {@code XYZ}. */
    static boolean isCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Ten digits whose last is the Luhn check digit of {@code 80840} followed by the first nine (the NPI rule). */
    public static boolean isNpi(String npi) {
        if (npi == null || !npi.matches("[0-9]{10}")) {
            return false;
        }
        String digits = "80840" + npi;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
