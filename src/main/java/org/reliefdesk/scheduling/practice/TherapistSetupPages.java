package org.reliefdesk.scheduling.practice;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.scheduling.practice.Therapist.Licence;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for one therapist: licence, skills, location, weekly hours and time off. */
@Controller
class TherapistSetupPages {

    private final Therapists therapists;
    private final Locations locations;
    private final WorkingHours hours;
    private final SetupOverview overview;
    private final MessageSource messages;

    TherapistSetupPages(Therapists therapists, Locations locations, WorkingHours hours, SetupOverview overview,
            MessageSource messages) {
        this.messages = messages;
        this.therapists = therapists;
        this.locations = locations;
        this.hours = hours;
        this.overview = overview;
    }

    @PostMapping("/admin/therapists")
    String create(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> skills,
            Model model, RedirectAttributes redirect) {
        try {
            Therapist created = therapists.create(profile(form, skills, form.get("email"), form.get("password")));
            redirect.addFlashAttribute("notice", Display.text(messages, "setup.done.therapistAdded", created.fullName()));
            return "redirect:/admin/therapists/" + created.id();
        } catch (RuleViolationException | ConflictException e) {
            model.addAttribute("errors", e instanceof RuleViolationException r ? FormErrors.of(r)
                    : Map.of("email", e.getMessage()));
            model.addAttribute("form", form);
            return overview.show(model);
        }
    }

    @GetMapping("/admin/therapists/{id}")
    String therapist(@PathVariable UUID id, Model model) {
        Therapist therapist = therapists.get(id);
        UUID locationId = therapist.locationId();
        Location location = locations.get(locationId);
        Map<String, String[]> week = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day.name(), new String[] {"", ""});
        }
        hours.of(id).stream().filter(h -> h.locationId().equals(locationId)).flatMap(h -> h.weekly().stream())
                .forEach(d -> week.put(d.day(), new String[] {d.start(), d.end()}));
        model.addAttribute("therapist", therapist).addAttribute("location", location).addAttribute("week", week)
                .addAttribute("locations", locations.all()).addAttribute("skills", SetupOverview.skillNames())
                .addAttribute("absences", hours.absences(id)).addAttribute("zone", location.zone());
        return "scheduling/therapist";
    }

    @PostMapping("/admin/therapists/{id}")
    String update(@PathVariable UUID id, @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<String> skills, Model model, RedirectAttributes redirect) {
        try {
            therapists.update(id, profile(form, skills, null, null));
            redirect.addFlashAttribute("notice", Display.text(messages, "setup.done.profileSaved"));
            return "redirect:/admin/therapists/" + id;
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return therapist(id, model);
        }
    }

    @PostMapping("/admin/therapists/{id}/hours")
    String saveHours(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        Therapist therapist = therapists.get(id);
        List<WorkingHours.Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String start = form.getOrDefault("start_" + day, "");
            String end = form.getOrDefault("end_" + day, "");
            if (!start.isBlank() || !end.isBlank()) {
                days.add(new WorkingHours.Day(day.name(), start, end));
            }
        }
        try {
            hours.replace(id, therapist.locationId(), days, null);
            redirect.addFlashAttribute("notice", Display.text(messages, "setup.done.hoursSaved"));
            return "redirect:/admin/therapists/" + id;
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return therapist(id, model);
        }
    }

    @PostMapping("/admin/therapists/{id}/time-off")
    String addTimeOff(@PathVariable UUID id, @RequestParam String start, @RequestParam String end,
            RedirectAttributes redirect) {
        Therapist therapist = therapists.get(id);
        ZoneId zone = locations.get(therapist.locationId()).zone();
        try {
            var from = LocalDateTime.parse(start).atZone(zone).toInstant();
            var to = LocalDateTime.parse(end).atZone(zone).toInstant();
            if (!to.isAfter(from)) {
                redirect.addFlashAttribute("warning", Display.text(messages, "setup.timeOff.order"));
            } else {
                hours.addTimeOff(id, from, to);
                redirect.addFlashAttribute("notice", Display.text(messages, "setup.done.timeOffAdded"));
            }
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("warning", Display.text(messages, "setup.timeOff.missing"));
        }
        return "redirect:/admin/therapists/" + id;
    }

    @PostMapping("/admin/therapists/{id}/time-off/{off}/remove")
    String removeTimeOff(@PathVariable UUID id, @PathVariable UUID off, RedirectAttributes redirect) {
        hours.removeTimeOff(id, off);
        redirect.addFlashAttribute("notice", Display.text(messages, "setup.done.timeOffRemoved"));
        return "redirect:/admin/therapists/" + id;
    }

    private static Therapists.Profile profile(Map<String, String> form, List<String> skills, String email,
            String password) {
        Licence licence = new Licence(form.get("licence.number"), form.get("licence.region"),
                web(form.get("licence.expiresOn")));
        return new Therapists.Profile(email, password, form.get("fullName"), licence,
                skills == null ? List.of() : skills, form.get("locationId"));
    }

    private static java.time.LocalDate web(String date) {
        return org.reliefdesk.shared.TypedFields.date(date).orElse(null);
    }
}
