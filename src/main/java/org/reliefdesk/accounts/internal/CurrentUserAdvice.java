package org.reliefdesk.accounts.internal;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user ({@code me}, null when anonymous) on every page for the navigation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

    @ModelAttribute("me")
    ReliefDeskUser me(@AuthenticationPrincipal ReliefDeskUser user) {
        return user;
    }
}
