package org.reliefdesk.scheduling.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.booking.Booker;
import org.reliefdesk.scheduling.booking.BookingRequest;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Therapist;
import org.reliefdesk.scheduling.practice.Therapists;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator records one visit from before ReliefDesk at a time (paper records, another system): the
 * client (found by name, email or phone), location, service, therapist, date and time; every booking rule but
 * "in the future" holds ({@code POST /api/v1/bookings} with {@code pastVisit}). {@code /admin/**} is ADMIN only.
 */
@Controller
class PastVisitPages {

    private final Booker booker;
    private final Clients clients;
    private final Locations locations;
    private final Services services;
    private final Therapists therapists;
    private final MessageSource messages;
    private final Clock clock;

    PastVisitPages(Booker booker, Clients clients, Locations locations, Services services,
            Therapists therapists, MessageSource messages, Clock clock) {
        this.booker = booker;
        this.clients = clients;
        this.locations = locations;
        this.services = services;
        this.therapists = therapists;
        this.messages = messages;
        this.clock = clock;
    }

    /** The form as posted (all text, so that a bad value is shown back beside its field). */
    record PastVisitForm(String clientId, String locationId, String serviceCode, String therapistId, String date,
            String time) {
    }

    @GetMapping("/admin/past-visits")
    String page(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String clientId,
            @RequestParam(required = false) String query, Model model) {
        PastVisitForm form = new PastVisitForm(clientId, null, null, null, null, null);
        if (clientId == null && query != null && !query.isBlank()) {
            model.addAttribute("matches", clients.search(query, PageParams.of(0, 20)).items());
        }
        return show(model, form, Map.of());
    }

    @PostMapping("/admin/past-visits")
    String record(@AuthenticationPrincipal ReliefDeskUser user, @ModelAttribute PastVisitForm form, Model model,
            RedirectAttributes redirect) {
        try {
            Booking visit = booker.book(user, request(form));
            redirect.addFlashAttribute("notice", messages.getMessage("pastVisit.recorded",
                    new Object[] {visit.clientName(), Display.in(messages, "format.dateTime", visit.localStart())}, LocaleContextHolder.getLocale()));
            return "redirect:/admin/past-visits?clientId=" + visit.clientId();
        } catch (RuleViolationException e) {
            Map<String, String> errors = FormErrors.of(e);
            String start = errors.remove("start");
            if (start != null) {
                errors.merge("time", start, (a, b) -> a + " " + b);
            }
            return show(model, form, errors);
        } catch (ConflictException e) {
            model.addAttribute("warning", e.getMessage());
            return show(model, form, Map.of());
        }
    }

    /** The request the API would get: the date and time read in the location's zone; a future start is refused. */
    private BookingRequest request(PastVisitForm form) {
        FieldErrors errors = new FieldErrors();
        errors.required("clientId", form.clientId()).required("locationId", form.locationId())
                .required("serviceCode", form.serviceCode()).required("therapistId", form.therapistId());
        LocalDate date = parse("date", form.date(), LocalDate::parse, errors);
        LocalTime time = parse("time", form.time(), LocalTime::parse, errors);
        Location location = locations.find(Ids.parseOrNone(form.locationId())).orElse(null);
        String start = null;
        if (date != null && time != null && location != null) {
            ZonedDateTime at = ZonedDateTime.of(date, time, location.zone());
            if (!at.toInstant().isBefore(clock.instant())) {
                errors.add("date", "A visit from before ReliefDesk lies in the past; book future sessions from the book");
            }
            start = at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        errors.throwIfAny();
        return new BookingRequest(form.clientId(), form.locationId(), form.serviceCode(), start, form.therapistId(),
                null, true);
    }

    private static <T> T parse(String field, String text, Function<String, T> parser,
            FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "date".equals(field) ? "must be a date (YYYY-MM-DD)" : "must be a time (HH:MM)");
            return null;
        }
    }

    /** The options of a select: value to label, in the list's order. */
    private static <T> Map<String, String> choices(List<T> items, Function<T, String> value, Function<T, String> label) {
        Map<String, String> options = new LinkedHashMap<>();
        items.forEach(item -> options.put(value.apply(item), label.apply(item)));
        return options;
    }

    private String show(Model model, PastVisitForm form, Map<String, String> errors) {
        UUID clientId = Ids.parse(form.clientId());
        model.addAttribute("form", form).addAttribute("errors", errors)
                .addAttribute("client", clientId == null ? null : clients.find(clientId).orElse(null))
                .addAttribute("locations", choices(locations.all(), l -> l.id().toString(), Location::name))
                .addAttribute("services", choices(services.all().stream().filter(Service::active).toList(),
                        Service::code, Service::name))
                .addAttribute("therapists", choices(therapists.list(null, null, PageParams.of(0, 200)).items(),
                        t -> t.id().toString(), Therapist::fullName))
                .addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("matches")) {
            model.addAttribute("matches", List.of());
        }
        return "scheduling/past-visit";
    }
}
