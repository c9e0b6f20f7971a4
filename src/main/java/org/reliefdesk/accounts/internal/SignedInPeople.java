package org.reliefdesk.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Puts a fresh copy of the person into their page session (after a second step, or a change to themselves). */
@Component
class SignedInPeople {

    private final UserLookup users;

    SignedInPeople(UserLookup users) {
        this.users = users;
    }

    void signIn(ReliefDeskUser user, Object details, HttpServletRequest request, HttpServletResponse response) {
        ReliefDeskUser fresh = users.load(user.id());
        fresh.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        authentication.setDetails(details);
        SignInSuccess.save(authentication, request, response);
    }

    /** Re-reads the signed-in person (new name, language or two-step state) into the session. */
    void refresh(ReliefDeskUser user, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        signIn(user, current == null ? null : current.getDetails(), request, response);
    }
}
