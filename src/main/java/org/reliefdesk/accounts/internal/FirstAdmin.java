package org.reliefdesk.accounts.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.PasswordPolicy;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.shared.BeforeServing;
import org.reliefdesk.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the first ADMIN from RELIEFDESK_ADMIN_EMAIL and
 * RELIEFDESK_ADMIN_PASSWORD, or admin@reliefdesk.local with a random password printed once; before the web server
 * opens (the first step of {@link BeforeServing}, ahead of the demo practice).
 */
@Component
class FirstAdmin extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final String email;
    private final String password;

    FirstAdmin(JdbcClient jdbc, Accounts accounts, @Value("${RELIEFDESK_ADMIN_EMAIL:}") String email,
            @Value("${RELIEFDESK_ADMIN_PASSWORD:}") String password) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    protected int step() {
        return 1;
    }

    @Override
    protected void prepare() {
        try {
            createIfNone();
        } catch (ConflictException e) {
            log.info("Another instance created the first administrator");
        }
    }

    private void createIfNone() {
        boolean hasAdmin = jdbc.sql("select count(*) from app_user where role = 'ADMIN'").query(Long.class).single() > 0;
        if (hasAdmin) {
            return;
        }
        String adminEmail = email.isBlank() ? "admin@reliefdesk.local" : email.strip();
        if (!password.isBlank()) {
            String problem = PasswordPolicy.problem(password);
            if (problem != null) { // the operator chose it; refusing to start would lock them out altogether
                log.warn("RELIEFDESK_ADMIN_PASSWORD {}: the administrator is created with it as asked; "
                        + "choose a stronger one after signing in", problem);
            }
            accounts.create(adminEmail, password, "Administrator", Role.ADMIN);
            log.info("Created the first administrator {} from the environment", adminEmail);
            return;
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accounts.create(adminEmail, generated, "Administrator", Role.ADMIN);
        log.warn("""

                ==============================================================
                 First administrator created: {}
                 Password (shown once, change it after signing in): {}
                ==============================================================""", adminEmail, generated);
    }
}
