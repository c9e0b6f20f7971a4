package org.reliefdesk.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user ({@code me}, null when anonymous) on every page for the navigation, and the page's own
 * address ({@code currentPath}) for the language switch to come back to.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

    @ModelAttribute("me")
    ReliefDeskUser me(@AuthenticationPrincipal ReliefDeskUser user) {
        return user;
    }

    /** The address of a page read with GET (with its query); "/" after a form was sent, which a GET cannot repeat. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return CurrentUserOnErrorPages.path(request);
    }
}
