package org.reliefdesk.accounts.internal;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.shared.ClientAddress;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.stereotype.Component;

/** Authentication details that carry the (proxy-aware) client address. */
record AddressDetails(String address) implements Serializable {

    @Component
    static class Source implements AuthenticationDetailsSource<HttpServletRequest, AddressDetails> {

        private final ClientAddress clientAddress;

        Source(ClientAddress clientAddress) {
            this.clientAddress = clientAddress;
        }

        @Override
        public AddressDetails buildDetails(HttpServletRequest request) {
            return new AddressDetails(clientAddress.of(request));
        }
    }
}
