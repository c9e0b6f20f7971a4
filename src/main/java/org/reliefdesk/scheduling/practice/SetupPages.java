package org.reliefdesk.scheduling.practice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.scheduling.practice.Location.Equipment;
import org.reliefdesk.scheduling.practice.Location.Room;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.services.Skill;
import org.reliefdesk.shared.Amounts;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.shared.TypedFields;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for the practice's scheduling: locations, therapists, the service catalogue (/admin is ADMIN-only). */
@Controller
class SetupPages {

    private final SetupOverview overview;
    private final Locations locations;
    private final Services services;
    private final MessageSource messages;

    SetupPages(SetupOverview overview, Locations locations, Services services, MessageSource messages) {
        this.overview = overview;
        this.messages = messages;
        this.locations = locations;
        this.services = services;
    }

    @GetMapping("/admin/scheduling")
    String overview(Model model) {
        return overview.show(model);
    }

    @PostMapping("/admin/locations")
    String createLocation(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            Location created = locations.create(location(form, List.of()));
            redirect.addFlashAttribute("notice", Display.text(messages, "setup.done.locationAdded", created.name()));
            return "redirect:/admin/locations/" + created.id();
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e)).addAttribute("form", form);
            return overview(model);
        }
    }

    @GetMapping("/admin/locations/{id}")
    String location(@PathVariable UUID id, Model model) {
        Location location = locations.get(id);
        model.addAttribute("location", location);
        model.addAttribute("rooms", String.join("\n", location.rooms().stream().map(Room::name).toList()));
        model.addAttribute("kits", location.equipment().stream().filter(e -> e.kind().equals(Locations.HOT_STONE_KIT))
                .mapToInt(Equipment::count).sum());
        model.addAttribute("lateCancelFee", Amounts.text(location.lateCancelFeeOrZero()))
                .addAttribute("noShowFee", Amounts.text(location.noShowFeeOrZero()));
        return "scheduling/location";
    }

    @PostMapping("/admin/locations/{id}")
    String updateLocation(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        Location current = locations.get(id);
        try {
            locations.update(id, location(form, current.rooms()));
            redirect.addFlashAttribute("notice", Display.text(messages, "setup.done.locationSaved"));
            return "redirect:/admin/locations/" + id;
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
            location(id, model);
            model.addAttribute("rooms", form.get("rooms")).addAttribute("lateCancelFee", form.get("lateCancelFee"))
                    .addAttribute("noShowFee", form.get("noShowFee"));
            return "scheduling/location";
        }
    }

    @GetMapping("/admin/services/{code}")
    String service(@PathVariable String code, Model model) {
        Service service = services.find(code).orElseThrow(() -> new NotFoundException("Service"));
        model.addAttribute("service", service).addAttribute("skills", Skill.values())
                .addAttribute("price", Amounts.text(service.price()));
        return "scheduling/service";
    }

    @PostMapping({"/admin/services", "/admin/services/{code}"})
    String saveService(@PathVariable(required = false) String code, @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<String> requiredSkills, Model model, RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors();
        Service service = new Service(code == null ? form.get("code") : code, form.get("name"),
                parseInt(form.get("minutes"), 0), requiredSkills == null ? List.of() : requiredSkills,
                code == null || form.containsKey("active"), price(code, form.get("price"), errors));
        try {
            if (errors.isEmpty()) {
                services.save(service, code == null);
            } else {
                services.save(service, code == null, errors);
            }
            redirect.addFlashAttribute("notice", Display.text(messages, "setup.done.serviceSaved", service.name()));
            return "redirect:/admin/scheduling";
        } catch (RuleViolationException | ConflictException e) {
            model.addAttribute("errors", e instanceof RuleViolationException r ? FormErrors.of(r)
                    : Map.of("code", e.getMessage()));
            if (code == null) {
                model.addAttribute("form", form);
                return overview(model);
            }
            model.addAttribute("service", service).addAttribute("skills", Skill.values())
                    .addAttribute("price", form.get("price"));
            return "scheduling/service";
        }
    }

    /** The price as typed: blank is 0.00; left out (an older form) keeps the service's price. */
    private BigDecimal price(String code, String typed, FieldErrors errors) {
        if (typed == null) {
            return code == null ? null : services.find(code).map(Service::price).orElse(null);
        }
        return typed.isBlank() ? Amounts.ZERO : Amounts.text(typed, "price", errors);
    }

    /**
     * The location form: rooms one per line (a name kept keeps its room), kits as a count, fees as amounts (a fee
     * left blank is 0.00); a malformed fee is a 422 naming it with every other wrong field.
     */
    private static Location location(Map<String, String> form, List<Room> existing) {
        FieldErrors errors = new FieldErrors();
        Location location = location(form, existing, fee(form, "lateCancelFee", errors), fee(form, "noShowFee", errors));
        if (!errors.isEmpty()) {
            Locations.check(location, errors);
        }
        return location;
    }

    private static BigDecimal fee(Map<String, String> form, String field, FieldErrors errors) {
        String typed = form.get(field);
        if (typed == null) {
            return null;
        }
        return typed.isBlank() ? Amounts.ZERO : Amounts.text(typed, field, errors);
    }

    private static Location location(Map<String, String> form, List<Room> existing, BigDecimal lateCancelFee,
            BigDecimal noShowFee) {
        List<Room> rooms = new ArrayList<>();
        for (String line : form.getOrDefault("rooms", "").split("\\R")) {
            if (!line.isBlank()) {
                UUID id = existing.stream().filter(r -> r.name().equalsIgnoreCase(line.strip())).map(Room::id)
                        .findFirst().orElse(null);
                rooms.add(new Room(id, line.strip()));
            }
        }
        return new Location(null, form.get("name"), form.get("timeZone"), parseInt(form.get("bufferMinutes"), -1),
                parseInt(form.get("lateCancelHours"), -1), rooms,
                List.of(new Equipment(Locations.HOT_STONE_KIT, parseInt(form.get("kits"), -1))), null, null,
                lateCancelFee, noShowFee);
    }

    static int parseInt(String text, int fallback) {
        return TypedFields.whole(text).orElse(fallback);
    }
}
