package org.reliefdesk.accounts;

import java.net.URI;
import java.net.URISyntaxException;

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
        FieldErrors errors = new FieldErrors();
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
}
