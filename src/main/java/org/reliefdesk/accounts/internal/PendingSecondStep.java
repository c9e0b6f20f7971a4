package org.reliefdesk.accounts.internal;

import java.io.Serial;
import java.util.List;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A page session whose password checked out but whose two-step code has not been given yet: it
 * counts as nobody (no role; {@link SecondStepFilter} sends every page to the code form), and its
 * principal is not a {@link ReliefDeskUser}, so no controller sees a signed-in person.
 */
final class PendingSecondStep extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;
    private final ReliefDeskUser user;

    PendingSecondStep(ReliefDeskUser user, Object details) {
        super(List.of(new SimpleGrantedAuthority("TWO_STEP_PENDING")));
        this.user = user;
        setDetails(details);
        setAuthenticated(true);
    }

    ReliefDeskUser user() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return "pending:" + user.id();
    }

    /** The email, so that Spring Session files the session under the person (and ending sessions finds it). */
    @Override
    public String getName() {
        return user.email();
    }
}
