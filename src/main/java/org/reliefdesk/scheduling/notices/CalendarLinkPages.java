package org.reliefdesk.scheduling.notices;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.reliefdesk.scheduling.practice.Therapists;

/** A therapist's own calendar link: make one (shown once), replace it, or stop it working. */
@Controller
class CalendarLinkPages {

    private final CalendarFeeds feeds;
    private final Therapists therapists;
    private final String baseUrl;

    CalendarLinkPages(CalendarFeeds feeds, Therapists therapists,
            ReliefDeskSettings settings) {
        this.feeds = feeds;
        this.therapists = therapists;
        this.baseUrl = settings.baseUrl();
    }

    @GetMapping("/calendar-link")
    String page(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        boolean therapist = therapists.find(user.id()).isPresent();
        model.addAttribute("therapist", therapist).addAttribute("active", therapist && feeds.hasLink(user.id()));
        return "scheduling/calendar-link";
    }

    @PostMapping("/calendar-link")
    String issue(@AuthenticationPrincipal ReliefDeskUser user, RedirectAttributes redirect) {
        String token = feeds.issue(user.id(), user);
        redirect.addFlashAttribute("link", CalendarFeeds.url(baseUrl, user.id(), token));
        return "redirect:/calendar-link";
    }

    @PostMapping("/calendar-link/revoke")
    String revoke(@AuthenticationPrincipal ReliefDeskUser user, RedirectAttributes redirect) {
        feeds.revoke(user.id(), user);
        redirect.addFlashAttribute("notice", true);
        return "redirect:/calendar-link";
    }
}
