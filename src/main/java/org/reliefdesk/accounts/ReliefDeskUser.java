package org.reliefdesk.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, as every controller sees them. */
public final class ReliefDeskUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private final String fullName;
    private final Role role;
    private final boolean active;
    private final boolean twoFactorEnabled;
    private final String preferredLanguage;
    private String passwordHash;

    /** An active person without two-step verification or a chosen language (demo seeding, tests). */
    public ReliefDeskUser(UUID id, String email, String fullName, Role role, String passwordHash) {
        this(id, email, fullName, role, passwordHash, true, false, null);
    }

    public ReliefDeskUser(UUID id, String email, String fullName, Role role, String passwordHash, boolean active,
            boolean twoFactorEnabled, String preferredLanguage) {
        this.id = id;
        this.email = email;
        this.fullName = fullName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.active = active;
        this.twoFactorEnabled = twoFactorEnabled;
        this.preferredLanguage = preferredLanguage;
    }

    /** False once an administrator deactivated the account (or the account was closed). */
    public boolean active() {
        return active;
    }

    public boolean twoFactorEnabled() {
        return twoFactorEnabled;
    }

    /** "en", "es", or null when the person has not chosen (each request's Accept-Language decides). */
    public String preferredLanguage() {
        return preferredLanguage;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    public boolean isStaff() {
        return role.isStaff();
    }

    public boolean isClinician() {
        return role.isClinician();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isClient() {
        return role == Role.CLIENT;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
