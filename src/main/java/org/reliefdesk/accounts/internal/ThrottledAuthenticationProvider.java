package org.reliefdesk.accounts.internal;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.audit.AuditLog.AuditEvent;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Password sign-in, refused while the account or address is locked; failures counted and audited. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof AddressDetails d ? d.address() : null;
        if (throttle.isLocked(email, address)) {
            audit.record(new AuditEvent(email, null, "LOGIN_THROTTLED", null, null, address));
            throw new LoginThrottledException();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            ReliefDeskUser user = (ReliefDeskUser) result.getPrincipal();
            audit.record(new AuditEvent(user.email(), user.role().name(), "LOGIN", null, null, address));
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(email, address);
            audit.record(new AuditEvent(email, null, "LOGIN_FAILED", null, null, address));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
