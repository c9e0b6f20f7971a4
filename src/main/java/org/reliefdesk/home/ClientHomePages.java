package org.reliefdesk.home;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The client's home as a dashboard (the home page forwards a client here; anyone else goes home). */
@Controller
class ClientHomePages {

    private final ClientAccess access;
    private final Dashboards dashboards;

    ClientHomePages(ClientAccess access, Dashboards dashboards) {
        this.access = access;
        this.dashboards = dashboards;
    }

    @GetMapping("/home")
    String home(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        if (!user.isClient()) {
            return "redirect:/";
        }
        model.addAttribute("dashboard", dashboards.of(access.self(user).id()));
        return "web/home-client";
    }
}
