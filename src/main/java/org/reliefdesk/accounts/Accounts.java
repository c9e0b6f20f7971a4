package org.reliefdesk.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.internal.AccountMessages;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creating and finding user accounts of every role. */
@Component
public class Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** Checks the email, password (unless {@code passwordOptional} and absent) and name; adds field errors. */
    public static void check(FieldErrors errors, String email, String password, String fullName, boolean passwordOptional) {
        errors.email("email", email);
        if (!(passwordOptional && (password == null || password.isEmpty()))) {
            String problem = PasswordPolicy.problem(password);
            if (problem != null) {
                errors.add("password", problem);
            }
        }
        errors.name("fullName", fullName, 200);
    }

    /**
     * Creates an account; the caller has checked the fields. A null password makes an
     * account that cannot sign in until a password is set. 409 when the email is taken.
     */
    @Transactional
    public UserAccount create(String email, String password, String fullName, Role role) {
        String normalized = email.strip();
        if (exists(normalized)) {
            throw new ConflictException("An account with this email already exists");
        }
        try {
            UUID id = jdbc.sql("""
                    insert into app_user (email, password_hash, full_name, role)
                    values (:email, :hash, :name, :role) returning id""")
                    .param("email", normalized)
                    .param("hash", password == null || password.isEmpty() ? null : passwords.encode(password))
                    .param("name", fullName.strip())
                    .param("role", role.name())
                    .query(UUID.class).single();
            return new UserAccount(id, normalized, fullName.strip(), role, true);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("An account with this email already exists");
        }
    }

    public boolean exists(String email) {
        return jdbc.sql("select count(*) from app_user where lower(email) = lower(:email)")
                .param("email", email.strip()).query(Long.class).single() > 0;
    }

    public Optional<UserAccount> find(UUID id) {
        return jdbc.sql("select id, email, full_name, role, enabled from app_user where id = :id")
                .param("id", id).query(UserAccount.class).optional();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("select id, email, full_name, role, enabled from app_user where lower(email) = lower(:email)")
                .param("email", email.strip()).query(UserAccount.class).optional();
    }

    /** Sets a new password (the caller has checked it) and ends every session and token of the user. */
    @Transactional
    public void setPassword(UUID userId, String password) {
        jdbc.sql("update app_user set password_hash = :hash, updated_at = now() where id = :id")
                .param("hash", passwords.encode(password)).param("id", userId).update();
        signOutEverywhere(userId, null);
    }

    /**
     * The signed-in user changes their password: 422 on {@code currentPassword} when it is wrong, on
     * {@code newPassword} when the policy refuses it. Every other session ends and every token is revoked;
     * the session {@code keepSessionId} (the page the change was made from; null from the API) stays.
     */
    @Transactional
    public void changePassword(UUID userId, String currentPassword, String newPassword, String keepSessionId) {
        FieldErrors errors = new FieldErrors();
        String hash = jdbc.sql("select password_hash from app_user where id = :id for update").param("id", userId)
                .query(String.class).optional().orElse(null);
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add("currentPassword", AccountMessages.get("password.required"));
        } else if (hash == null || !passwords.matches(currentPassword, hash)) {
            errors.add("currentPassword", AccountMessages.get("password.current.wrong"));
        }
        String problem = PasswordPolicy.problem(newPassword);
        if (problem != null) {
            errors.add("newPassword", problem);
        }
        errors.throwIfAny();
        jdbc.sql("update app_user set password_hash = :hash, updated_at = now() where id = :id")
                .param("hash", passwords.encode(newPassword)).param("id", userId).update();
        signOutEverywhere(userId, keepSessionId);
    }

    /**
     * Ends every page session of the user (Spring Session's rows, found by the principal's name, the
     * email) but {@code keepSessionId} (may be null), and revokes all their API tokens.
     */
    @Transactional
    public void signOutEverywhere(UUID userId, String keepSessionId) {
        endSessions(userId, keepSessionId);
        jdbc.sql("update api_token set revoked_at = now() where user_id = :id and revoked_at is null")
                .param("id", userId).update();
    }

    /** Ends every page session of the user but {@code keepSessionId} (may be null); tokens stay. */
    @Transactional
    public void endSessions(UUID userId, String keepSessionId) {
        jdbc.sql("""
                delete from spring_session
                where lower(principal_name) = (select lower(email) from app_user where id = :id)
                  and (cast(:keep as text) is null or session_id <> cast(:keep as text))""")
                .param("id", userId).param("keep", keepSessionId).update();
    }

    /**
     * Changes what is given of a staff member's name, role and active flag (the caller has checked
     * them). Deactivating ends their sessions and tokens; a new role ends their sessions (they sign in
     * again with it). Their records, and their name on what they wrote, stay.
     */
    @Transactional
    public UserAccount updateStaff(UUID id, String fullName, Role role, Boolean active) {
        UserAccount before = find(id).filter(a -> a.role() != Role.CLIENT).orElseThrow(() -> new NotFoundException("Staff member"));
        jdbc.sql("""
                update app_user set full_name = coalesce(:name, full_name), role = coalesce(:role, role),
                    enabled = coalesce(:active, enabled), updated_at = now() where id = :id""")
                .param("name", fullName == null ? null : fullName.strip()).param("role", role == null ? null : role.name())
                .param("active", active).param("id", id).update();
        if (Boolean.FALSE.equals(active) && before.enabled()) {
            signOutEverywhere(id, null);
        } else if (role != null && role != before.role()) {
            endSessions(id, null);
        }
        return find(id).orElseThrow();
    }

    /**
     * A client's account is closed: it can no longer sign in (refused like a deactivated account, after the password
     * checked out), and every session and token of it ends.
     */
    @Transactional
    public void close(UUID userId) {
        jdbc.sql("update app_user set enabled = false, updated_at = now() where id = :id").param("id", userId).update();
        signOutEverywhere(userId, null);
    }

    /**
     * The retention purge forgets a closed account: no name, email, password or second step is kept, its tokens,
     * recovery codes and links are deleted; the row stays (records name it as their author or subject).
     */
    @Transactional
    public void forget(UUID userId, String name) {
        close(userId);
        jdbc.sql("""
                update app_user set email = 'purged-' || id || '@invalid', full_name = :name, password_hash = null,
                    two_factor_secret = null, two_factor_enabled = false, preferred_language = null, updated_at = now()
                where id = :id""").param("name", name).param("id", userId).update();
        for (String table : new String[] {"api_token", "two_factor_recovery_code", "account_link"}) {
            jdbc.sql("delete from " + table + " where user_id = :id").param("id", userId).update();
        }
    }

    /** The person's chosen language ("en", "es") or null. */
    public String preferredLanguage(UUID userId) {
        return jdbc.sql("select preferred_language from app_user where id = :id").param("id", userId)
                .query(String.class).optional().orElse(null);
    }

    /**
     * Changes what is given of the person's name, email and language (the caller has checked them);
     * 409 when the email belongs to another account. A new email ends the person's other sessions
     * (they are filed under the old one).
     */
    @Transactional
    public UserAccount updateProfile(UUID id, String fullName, String email, String preferredLanguage,
            String keepSessionId) {
        UserAccount before = find(id).orElseThrow(() -> new NotFoundException("Account"));
        boolean newEmail = email != null && !email.strip().equalsIgnoreCase(before.email());
        if (newEmail && exists(email)) {
            throw new ConflictException("An account with this email already exists");
        }
        if (newEmail) {
            endSessions(id, keepSessionId);
        }
        try {
            jdbc.sql("""
                    update app_user set full_name = coalesce(:name, full_name), email = coalesce(:email, email),
                        preferred_language = coalesce(:language, preferred_language), updated_at = now() where id = :id""")
                    .param("name", fullName == null ? null : fullName.strip())
                    .param("email", email == null ? null : email.strip())
                    .param("language", preferredLanguage).param("id", id).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("An account with this email already exists");
        }
        return find(id).orElseThrow();
    }

    @Transactional
    public void rename(UUID userId, String fullName, String email) {
        jdbc.sql("update app_user set full_name = :name, email = :email, updated_at = now() where id = :id")
                .param("name", fullName).param("email", email).param("id", userId).update();
    }

    public Paged<UserAccount> staff(PageParams page) {
        long total = jdbc.sql("select count(*) from app_user where role <> 'CLIENT'").query(Long.class).single();
        List<UserAccount> items = jdbc.sql("""
                select id, email, full_name, role, enabled from app_user where role <> 'CLIENT'
                order by role, full_name limit :limit offset :offset""")
                .param("limit", page.size()).param("offset", page.offset())
                .query(UserAccount.class).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    public record UserAccount(UUID id, String email, String fullName, Role role, boolean enabled) {
    }
}
