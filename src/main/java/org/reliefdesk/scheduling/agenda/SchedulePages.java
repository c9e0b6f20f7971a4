package org.reliefdesk.scheduling.agenda;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.agenda.BookSheets.Ask;
import org.reliefdesk.scheduling.availability.ScheduleLoader;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Roles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The appointment book: a day by therapist or by room, a week of one therapist or room, one therapist's agenda
 * (for a phone) and the day's arrivals. Therapists see their own lane only; free cells start a booking.
 */
@Controller
class SchedulePages {

    private final Locations locations;
    private final BookSheets sheets;
    private final ScheduleLoader loader;
    private final MessageSource messages;
    private final Clock clock;

    SchedulePages(Locations locations, BookSheets sheets, ScheduleLoader loader, MessageSource messages, Clock clock) {
        this.messages = messages;
        this.locations = locations;
        this.sheets = sheets;
        this.loader = loader;
        this.clock = clock;
    }

    /** What the request asks to see, as read from its parameters (a therapist sees only themself). */
    record View(String mode, UUID therapist, UUID room, boolean cancelled) {

        static View of(ReliefDeskUser user, String view, String therapist, String room, boolean cancelled) {
            String mode = switch (view == null ? "" : view) {
                case "rooms", "week", "agenda", "arrivals" -> view;
                default -> "therapists";
            };
            boolean own = user.role() == Role.THERAPIST;
            if (own && mode.equals("rooms")) {
                mode = "therapists";
            }
            return new View(mode, own ? user.id() : Ids.parse(therapist), own ? null : Ids.parse(room), cancelled);
        }

        View withTherapist(UUID whose) {
            return new View(mode, whose, room, cancelled);
        }

        /** The query string that keeps this view (for links and "back"). */
        String query(Location place, LocalDate day) {
            return "location=" + place.id() + "&day=" + day + "&view=" + mode
                    + (therapist == null ? "" : "&therapist=" + therapist) + (room == null ? "" : "&room=" + room)
                    + (cancelled ? "&cancelled=true" : "");
        }
    }

    @GetMapping("/schedule")
    String schedule(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String location,
            @RequestParam(required = false) String day, @RequestParam(required = false) String view,
            @RequestParam(required = false) String therapist, @RequestParam(required = false) String room,
            @RequestParam(defaultValue = "false") boolean cancelled, Locale locale, Model model) {
        Roles.staff(user);
        UUID id = Ids.parse(location);
        Location place = (id == null ? locations.first() : locations.find(id)).orElse(null);
        model.addAttribute("locations", locations.all()).addAttribute("location", place);
        if (place != null) {
            book(user, place, day, View.of(user, view, therapist, room, cancelled), locale, model);
        }
        return "scheduling/schedule";
    }

    private void book(ReliefDeskUser user, Location place, String day, View view, Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(place.zone()));
        LocalDate date = Display.parseDay(day, today);
        String here = "/schedule?" + view.query(place, date);
        boolean week = view.mode().equals("week");
        int step = week ? 7 : 1;
        model.addAttribute("day", date.toString()).addAttribute("today", today.toString())
                .addAttribute("view", view.mode()).addAttribute("shown", view)
                .addAttribute("here", here)
                .addAttribute("heading", Display.in(messages, "format.weekdayDateLong", week ? monday(date) : date))
                .addAttribute("previous", date.minusDays(step).toString())
                .addAttribute("next", date.plusDays(step).toString())
                .addAttribute("ownOnly", user.role() == Role.THERAPIST);
        if (view.mode().equals("week") || view.mode().equals("agenda")) {
            Map<UUID, String> names = therapists(user, place);
            model.addAttribute("therapists", names);
            view = view.therapist() == null && view.room() == null ? view.withTherapist(first(names)) : view;
        }
        boolean offer = user.role() != Role.THERAPIST;
        Ask ask = new Ask(place, date, view.therapist(), view.room(), view.cancelled(), offer, locale, here);
        switch (view.mode()) {
            case "rooms" -> model.addAttribute("sheet", sheets.byRoom(ask.of(null, null, false)));
            case "week" -> week(ask, model);
            case "agenda" -> agenda(ask, model);
            case "arrivals" -> model.addAttribute("arrivals",
                    Arrivals.of(sheets.byTherapist(ask.of(view.therapist(), null, false)), clock.instant()));
            default -> model.addAttribute("sheet", sheets.byTherapist(ask.of(view.therapist(), null, offer)));
        }
    }

    /** One therapist's or one room's week (the first therapist's when neither is named). */
    private void week(Ask ask, Model model) {
        UUID therapist = ask.therapist();
        model.addAttribute("whose", therapist).addAttribute("whichRoom", ask.room())
                .addAttribute("sheet", sheets.week(ask.of(therapist, ask.room(), ask.offerFree() && therapist != null)));
    }

    /** One therapist's day as a list (a phone's book): their lane's blocks and free times. */
    private void agenda(Ask ask, Model model) {
        UUID therapist = ask.therapist();
        Sheet sheet = sheets.byTherapist(ask.of(therapist, null, ask.offerFree()));
        model.addAttribute("whose", therapist)
                .addAttribute("lane", sheet.lanes().isEmpty() ? null : sheet.lanes().get(0));
    }

    private Map<UUID, String> therapists(ReliefDeskUser user, Location place) {
        Map<UUID, String> names = loader.therapistNames(place.id());
        return user.role() == Role.THERAPIST ? Map.of(user.id(), names.getOrDefault(user.id(), user.fullName())) : names;
    }

    private static UUID first(Map<UUID, String> therapists) {
        return therapists.keySet().stream().findFirst().orElse(null);
    }

    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
