package org.reliefdesk.accounts.internal;

import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a user for password sign-in (accounts without a password cannot sign in). */
@Component
class UserLookup implements UserDetailsService {

    private final JdbcClient jdbc;

    UserLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReliefDeskUser loadUserByUsername(String email) {
        return jdbc.sql("""
                select id, email, full_name, role, password_hash from app_user
                where lower(email) = lower(:email) and enabled and password_hash is not null""")
                .param("email", email == null ? "" : email.strip())
                .query((rs, n) -> new ReliefDeskUser(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("full_name"), Role.valueOf(rs.getString("role")), rs.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
