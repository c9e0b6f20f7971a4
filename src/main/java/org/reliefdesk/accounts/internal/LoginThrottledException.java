package org.reliefdesk.accounts.internal;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many recent failures (answered with 429). */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed sign-in attempts. Please wait 15 minutes and try again.");
    }
}
