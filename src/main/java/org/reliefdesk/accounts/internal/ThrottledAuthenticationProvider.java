package org.reliefdesk.accounts.internal;

import java.time.Duration;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.audit.AuditLog.AuditEvent;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in: refused (429) while the (account, address) pair is locked, slowed down while the
 * account or the address has many failures; failures counted and audited. A deactivated account is
 * refused once its password checked out.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Duration slowDown;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit,
            Duration slowDown) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
        this.slowDown = slowDown;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof AddressDetails d ? d.address() : null;
        LoginThrottle.Verdict verdict = admit(email, address);
        Authentication result = checkPassword(authentication, email, address);
        ReliefDeskUser user = (ReliefDeskUser) result.getPrincipal();
        if (verdict.pairFailed()) {
            throttle.forgetPairFailures(email, address);
        }
        if (!user.active()) {
            audit.record(new AuditEvent(user.email(), user.role().name(), "LOGIN_DEACTIVATED", null, null, address));
            throw new DisabledException(AccountMessages.get("login.deactivated"));
        }
        audit.record(new AuditEvent(user.email(), user.role().name(), "LOGIN", null, null, address));
        return result;
    }

    /** Refuses a locked pair, slows down a much-failed account or address. */
    private LoginThrottle.Verdict admit(String email, String address) {
        LoginThrottle.Verdict verdict = throttle.check(email, address);
        if (verdict.locked()) {
            audit.record(new AuditEvent(email, null, "LOGIN_THROTTLED", null, null, address));
            throw new LoginThrottledException();
        }
        if (verdict.slow()) {
            pause();
        }
        return verdict;
    }

    /** The password check itself; a failure is counted and audited. */
    private Authentication checkPassword(Authentication authentication, String email, String address) {
        try {
            return delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.recordFailure(email, address);
            audit.record(new AuditEvent(email, null, "LOGIN_FAILED", null, null, address));
            throw e;
        }
    }

    private void pause() {
        try {
            Thread.sleep(slowDown.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
