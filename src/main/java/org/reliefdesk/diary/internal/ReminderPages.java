package org.reliefdesk.diary.internal;

import java.time.LocalTime;
import java.util.stream.IntStream;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.shared.TypedFields;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client chooses an hour for a daily "log your diary" reminder, or none. */
@Controller
class ReminderPages {

    private final ClientAccess access;
    private final DiaryReminders reminders;

    ReminderPages(ClientAccess access, DiaryReminders reminders) {
        this.access = access;
        this.reminders = reminders;
    }

    @GetMapping("/diary/reminder")
    String form(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        Client client = access.self(user);
        model.addAttribute("hour", reminders.hourOf(client.id()).orElse(null));
        model.addAttribute("hours", IntStream.range(0, 24).mapToObj(h -> LocalTime.of(h, 0)).toList());
        return "diary/reminder";
    }

    @PostMapping("/diary/reminder")
    String save(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String hour,
            RedirectAttributes redirect) {
        Client client = access.self(user);
        Integer chosen = TypedFields.isBlank(hour) ? null : TypedFields.whole(hour).orElse(-1);
        reminders.set(client.id(), chosen);
        redirect.addFlashAttribute("reminderSaved", true);
        return "redirect:/diary/reminder";
    }
}
