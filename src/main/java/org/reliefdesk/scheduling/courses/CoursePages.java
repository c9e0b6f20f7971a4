package org.reliefdesk.scheduling.courses;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.courses.Courses.Course;
import org.reliefdesk.scheduling.courses.Courses.CourseRequest;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.shared.TypedFields;
import org.reliefdesk.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Therapist;
import org.reliefdesk.scheduling.practice.Therapists;

/**
 * Booking a course in one step, for a client (themself) or by the front desk for a client. A
 * course that cannot be booked whole is shown back with each conflicting session and the nearest
 * free times for it; nothing is booked until every session fits.
 */
@Controller
class CoursePages {

    private final Courses courses;
    private final ClientAccess access;
    private final Locations locations;
    private final Services services;
    private final Therapists therapists;
    private final MessageSource messages;

    CoursePages(Courses courses, ClientAccess access, Locations locations, Services services, Therapists therapists,
            MessageSource messages) {
        this.messages = messages;
        this.courses = courses;
        this.access = access;
        this.locations = locations;
        this.services = services;
        this.therapists = therapists;
    }

    /** The form as typed (strings, so that nothing is lost when it comes back with errors). */
    record Form(String service, String location, String date, String time, String sessions, String repeat,
            String intervalDays, List<String> days, String therapist) {

        static Form blank() {
            return new Form("MEDICAL_MASSAGE_60", null, null, "10:00", "6", "interval", "7", List.of(), null);
        }
    }

    @GetMapping("/courses/new")
    String form(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String clientId,
            @RequestParam(required = false) String location, Model model) {
        Client client = client(user, clientId);
        Form blank = Form.blank();
        return show(model, user, client, new Form(blank.service(), location, null, blank.time(), blank.sessions(),
                blank.repeat(), blank.intervalDays(), blank.days(), null), Map.of(), List.of());
    }

    @PostMapping("/courses")
    String book(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String clientId,
            @RequestParam(required = false) String service, @RequestParam(required = false) String location,
            @RequestParam(required = false) String date, @RequestParam(required = false) String time,
            @RequestParam(required = false) String sessions, @RequestParam(required = false) String repeat,
            @RequestParam(required = false) String intervalDays, @RequestParam(required = false) List<String> days,
            @RequestParam(required = false) String therapist, Model model) {
        Client client = client(user, clientId);
        Form form = new Form(service, location, date, time, sessions, repeat, intervalDays,
                days == null ? List.of() : days, therapist);
        try {
            Course course = courses.book(user, request(client, form));
            return "redirect:/courses/" + course.id() + "?booked";
        } catch (RuleViolationException e) {
            return show(model, user, client, form, besideDate(e), List.of());
        } catch (ConflictException e) {
            Object conflicts = e.properties().get("conflicts");
            model.addAttribute("problem", e.getMessage());
            return show(model, user, client, form, Map.of(), conflicts instanceof List<?> list ? list : List.of());
        }
    }

    /** The field errors, the first start's shown beside the date. */
    private static Map<String, String> besideDate(RuleViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(e));
        if (errors.containsKey("start")) {
            errors.put("date", errors.remove("start"));
        }
        return errors;
    }

    /** The form as the API's request: the first start in the location's zone, the repeat as asked. */
    private CourseRequest request(Client client, Form form) {
        UUID locationId = Ids.parse(form.location());
        Location place = locationId == null ? null : locations.find(locationId).orElse(null);
        boolean weekly = "days".equals(form.repeat());
        return new CourseRequest(client.id().toString(), form.location(), form.service(),
                start(form.date(), form.time(), place), number(form.sessions()),
                weekly ? null : number(form.intervalDays()), weekly ? form.days() : null,
                form.therapist() == null || form.therapist().isBlank() ? null : form.therapist());
    }

    @GetMapping("/courses/{id}")
    String course(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String booked, Model model) {
        Course course = courses.visible(id, user);
        model.addAttribute("course", course).addAttribute("booked", booked != null)
                .addAttribute("client", access.profile(course.clientId(), user)).addAttribute("forStaff", user.isStaff())
                .addAttribute("service", services.find(course.serviceCode()).map(Service::name).orElse(""))
                .addAttribute("place", locations.get(course.locationId()).name())
                .addAttribute("pattern", pattern(course));
        return "scheduling/course";
    }

    private String show(Model model, ReliefDeskUser user, Client client, Form form, Map<String, String> errors,
            List<?> conflicts) {
        List<Location> places = locations.all();
        List<Therapist> staff = therapists.list(null, null, PageParams.of(0, 200)).items();
        Map<UUID, String> names = new LinkedHashMap<>();
        staff.forEach(t -> names.put(t.id(), t.fullName()));
        model.addAttribute("client", client).addAttribute("forStaff", user.isStaff()).addAttribute("form", form)
                .addAttribute("errors", errors).addAttribute("conflicts", conflicts)
                .addAttribute("locations", places)
                .addAttribute("services", services.all().stream().filter(Service::active).toList())
                .addAttribute("therapists", staff)
                .addAttribute("therapistNames", names)
                .addAttribute("weekdays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                        "SATURDAY", "SUNDAY"))
                .addAttribute("defaultLocation", places.stream().map(l -> l.id().toString())
                        .filter(id -> id.equals(form.location())).findFirst()
                        .orElse(places.isEmpty() ? null : places.get(0).id().toString()));
        return "scheduling/course-form";
    }

    /** The first session's start as an offset date-time in the location's zone, or what was typed. */
    private static String start(String date, String time, Location place) {
        LocalDate day = TypedFields.date(date).orElse(null);
        LocalTime at = TypedFields.time(time).orElse(null);
        if (day == null || at == null) {
            return TypedFields.isBlank(date) ? null : date + "T" + time;
        }
        return place == null ? day + "T" + at : day.atTime(at).atZone(place.zone())
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Integer number(String text) {
        return TypedFields.isBlank(text) ? null : TypedFields.whole(text).orElse(-1);
    }

    /** "weekly", "every 3 days" or "on Mondays and Thursdays" in the reader's language. */
    private String pattern(Course course) {
        if (course.intervalDays() != null) {
            return course.intervalDays() == 7 ? Display.text(messages, "course.weekly")
                    : Display.text(messages, "course.everyDays", course.intervalDays());
        }
        return Display.text(messages, "course.onWeekdays", String.join(Display.text(messages, "course.and"),
                course.daysOfWeek().stream().map(d -> Display.text(messages, "course.days." + d)).toList()));
    }

    private Client client(ReliefDeskUser user, String clientId) {
        if (user.isClient()) {
            return access.self(user);
        }
        if (user.role() == Role.THERAPIST) {
            throw new ForbiddenException("Front desk books courses for clients");
        }
        return access.profile(Ids.parseOrNone(clientId), user);
    }
}
