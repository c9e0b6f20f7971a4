package org.reliefdesk.scheduling.frontdesk;

import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.ClientClosures;
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
    private final ClientClosures closures;

    QuickViewPages(ClientSummaries summaries, ClientClosures closures) {
        this.summaries = summaries;
        this.closures = closures;
    }

    @GetMapping("/clients/{id}/quick")
    String quick(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("summary", summaries.of(id, user));
        boolean closed = closures.isClosed(id);
        model.addAttribute("closed", closed);
        model.addAttribute("canBook", !closed && (user.isAdmin() || user.role() == Role.FRONT_DESK));
        return "scheduling/quick";
    }
}
