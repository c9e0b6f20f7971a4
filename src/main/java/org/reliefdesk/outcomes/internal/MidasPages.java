package org.reliefdesk.outcomes.internal;

import java.util.Map;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.outcomes.MidasCheckIn;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client answers the MIDAS questionnaire again (every 3 months); it does not re-screen. */
@Controller
class MidasPages {

    private final ClientAccess access;
    private final MidasCheckIns checkIns;

    MidasPages(ClientAccess access, MidasCheckIns checkIns) {
        this.access = access;
        this.checkIns = checkIns;
    }

    @GetMapping("/outcomes/midas")
    String form(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        access.self(user);
        model.addAttribute("items", MidasAnswers.ALL);
        model.addAttribute("answers", Map.of());
        return "outcomes/midas";
    }

    @PostMapping("/outcomes/midas")
    String save(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam Map<String, String> answers, Model model,
            RedirectAttributes redirect) {
        Client client = access.self(user);
        try {
            MidasCheckIn checkIn = checkIns.record(client.id(), MidasAnswers.read(answers), user.id());
            redirect.addFlashAttribute("midasSaved", checkIn);
            return "redirect:/outcomes";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("items", MidasAnswers.ALL);
            model.addAttribute("answers", answers);
            return "outcomes/midas";
        }
    }
}
