package org.reliefdesk.scheduling.holds;

import jakarta.servlet.http.HttpServletRequest;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.practice.Display;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * On the intake's pages, a client whose time is held sees which time and until when (the banner of the
 * public booking page), so the hold stays in view while they answer the questions. Named by package, so
 * the intake module does not depend on scheduling.
 */
@ControllerAdvice(basePackages = "org.reliefdesk.intake")
class HoldBanner {

    /** The held time and when the hold ends, as the banner words them. */
    record HeldTime(String when, String until) {
    }

    private final ObjectProvider<Holds> holds;
    private final ObjectProvider<ClientAccess> access;
    private final MessageSource messages;

    /** Providers, so that page slices of the intake (which load advice but not scheduling) need no holds. */
    HoldBanner(ObjectProvider<Holds> holds, ObjectProvider<ClientAccess> access, MessageSource messages) {
        this.holds = holds;
        this.messages = messages;
        this.access = access;
    }

    @ModelAttribute("activeHold")
    HeldTime activeHold(@AuthenticationPrincipal ReliefDeskUser user, HttpServletRequest request) {
        Holds held = holds.getIfAvailable();
        if (held == null || user == null || !user.isClient() || request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        return held.active(access.getObject().self(user).id())
                .map(hold -> new HeldTime(Display.dayAndTime(messages, hold.localStart()),
                        PublicBookingPages.until(messages, hold)))
                .orElse(null);
    }
}
