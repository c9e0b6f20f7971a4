package org.reliefdesk.scheduling.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.reliefdesk.services.Services;
import org.reliefdesk.services.Skill;
import org.reliefdesk.shared.PageParams;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the practice setup page shows: locations, services, therapists, licences expiring soon and the form
 * as typed. The setup and therapist pages both show it again when a form on it is refused.
 */
@Component
class SetupOverview {

    static final String VIEW = "scheduling/setup";
    static final int EXPIRY_WARNING_DAYS = 60;
    private final Locations locations;
    private final Therapists therapists;
    private final Services services;
    private final Clock clock;

    SetupOverview(Locations locations, Therapists therapists, Services services, Clock clock) {
        this.locations = locations;
        this.therapists = therapists;
        this.services = services;
        this.clock = clock;
    }

    /** Adds the overview to the model (keeping a form already there) and answers its view. */
    String show(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("locations", locations.all()).addAttribute("services", services.all())
                .addAttribute("therapists", therapists.list(null, null, PageParams.of(0, 200)).items())
                .addAttribute("expiring", therapists.list(null, today.plusDays(EXPIRY_WARNING_DAYS),
                        PageParams.of(0, 200)).items())
                .addAttribute("today", today).addAttribute("skills", Skill.values());
        model.addAttribute("form", model.getAttribute("form") == null ? Map.of() : model.getAttribute("form"));
        return VIEW;
    }

    static List<String> skillNames() {
        return Arrays.stream(Skill.values()).map(Enum::name).toList();
    }
}
