package org.reliefdesk.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a user for password sign-in (accounts without a password cannot sign in). A deactivated
 * account is loaded too: it is refused only after its password checked out, so the refusal does
 * not tell a stranger which accounts exist.
 */
@Component
class UserLookup implements UserDetailsService {

    private final JdbcClient jdbc;

    UserLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String COLUMNS = "id, email, full_name, role, password_hash, enabled, two_factor_enabled, "
            + "preferred_language";

    @Override
    public ReliefDeskUser loadUserByUsername(String email) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(email) = lower(:email) and password_hash is not null")
                .param("email", email == null ? "" : email.strip())
                .query(UserLookup::map)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    ReliefDeskUser load(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id").param("id", id).query(UserLookup::map).single();
    }

    private static ReliefDeskUser map(ResultSet rs, int row) throws SQLException {
        return new ReliefDeskUser(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("full_name"),
                Role.valueOf(rs.getString("role")), rs.getString("password_hash"), rs.getBoolean("enabled"),
                rs.getBoolean("two_factor_enabled"), rs.getString("preferred_language"));
    }
}
