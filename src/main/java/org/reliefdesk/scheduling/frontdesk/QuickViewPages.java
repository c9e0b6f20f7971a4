package org.reliefdesk.scheduling.frontdesk;

import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A client's quick view for staff: linked from the appointment book and the client search, and where the front
 * desk lands after adding a client ("Invitation sent", "Book a time").
 */
@Controller
class QuickViewPages {

    private final ClientSummaries summaries;

    QuickViewPages(ClientSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/clients/{id}/quick")
    String quick(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("summary", summaries.of(id, user));
        model.addAttribute("canBook", user.isAdmin() || user.role() == Role.FRONT_DESK);
        return "scheduling/quick";
    }
}
