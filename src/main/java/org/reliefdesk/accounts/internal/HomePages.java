package org.reliefdesk.accounts.internal;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and a home page per role (a client's is the dashboard of the {@code home} module). */
@Controller
class HomePages {

    @GetMapping("/")
    String home(@AuthenticationPrincipal ReliefDeskUser user) {
        return switch (user.role()) {
            case CLIENT -> "forward:/home";
            case THERAPIST -> "web/home-therapist";
            case FRONT_DESK -> "web/home-frontdesk";
            case ADMIN -> "web/home-admin";
        };
    }

    @GetMapping("/login")
    String login(@AuthenticationPrincipal ReliefDeskUser user) {
        return user == null ? "web/login" : "redirect:/";
    }
}
