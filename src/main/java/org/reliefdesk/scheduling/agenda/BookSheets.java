package org.reliefdesk.scheduling.agenda;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.agenda.BookReader.Staffing;
import org.reliefdesk.scheduling.agenda.Sheets.Column;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the book's sheets with a fixed handful of queries whatever the size of the day: the bookings, the
 * therapists' hours with time off, the clients' screening statuses, their first visits and the service labels.
 */
@Component
class BookSheets {

    private final Bookings bookings;
    private final BookReader reader;
    private final ScreeningGate gate;
    private final Services services;
    private final MessageSource messages;
    private final Clock clock;

    BookSheets(Bookings bookings, BookReader reader, ScreeningGate gate, Services services, MessageSource messages,
            Clock clock) {
        this.bookings = bookings;
        this.reader = reader;
        this.gate = gate;
        this.services = services;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What to show: whose lanes, whether cancelled bookings, whether free cells start a booking; in which language,
     * and the page a booking's own page goes back to.
     */
    record Ask(Location place, LocalDate day, UUID therapist, UUID room, boolean cancelled, boolean offerFree,
            Locale locale, String back) {

        /** The same page, showing these lanes. */
        Ask of(UUID whose, UUID whichRoom, boolean offer) {
            return new Ask(place, day, whose, whichRoom, cancelled, offer, locale, back);
        }
    }

    /** A day by therapist: a lane each (only {@code ask.therapist()} when given) with its free cells. */
    Sheet byTherapist(Ask ask) {
        ZoneId zone = ask.place().zone();
        Map<UUID, Staffing> staff = reader.staffing(ask.place().id(), start(ask.day(), zone), start(ask.day().plusDays(1), zone));
        List<Booking> day = shown(ask, read(ask, ask.day(), ask.day().plusDays(1)));
        Map<UUID, Column> columns = new LinkedHashMap<>();
        for (Staffing s : staff.values()) {
            List<int[]> open = Sheets.open(s, ask.day(), zone);
            if ((ask.therapist() == null || ask.therapist().equals(s.id())) && !open.isEmpty()) {
                columns.put(s.id(), column(ask, s.name(), null, ask.day(), s.id(), open));
            }
        }
        for (Booking b : day) {
            columns.computeIfAbsent(b.therapistId(), k -> column(ask, b.therapistName(), null, ask.day(), k, List.of()))
                    .bookings().add(b);
        }
        return layout(ask, List.copyOf(columns.values()), day);
    }

    /** A day by room: a lane per room, in the location's order; no free cells (a room books no therapist). */
    Sheet byRoom(Ask ask) {
        List<Booking> day = shown(ask, read(ask, ask.day(), ask.day().plusDays(1)));
        Map<UUID, Column> columns = new LinkedHashMap<>();
        ask.place().rooms().forEach(r -> columns.put(r.id(), column(ask, r.name(), null, ask.day(), null, List.of())));
        for (Booking b : day) {
            columns.computeIfAbsent(b.roomId(), k -> column(ask, b.roomName(), null, ask.day(), null, List.of()))
                    .bookings().add(b);
        }
        return layout(ask, List.copyOf(columns.values()), day);
    }

    /** Monday to Sunday of one therapist (with their free cells) or one room. */
    Sheet week(Ask ask) {
        ZoneId zone = ask.place().zone();
        LocalDate monday = ask.day().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        Staffing staffing = ask.therapist() == null ? null : reader.staffing(ask.place().id(), start(monday, zone),
                start(monday.plusDays(7), zone)).get(ask.therapist());
        List<Booking> week = shown(ask, read(ask, monday, monday.plusDays(7))).stream()
                .filter(b -> ask.room() == null || b.roomId().equals(ask.room())).toList();
        List<Column> columns = new ArrayList<>();
        DateTimeFormatter dayTitle = DateTimeFormatter.ofPattern(messages.getMessage("format.weekdayDate", null,
                ask.locale()), ask.locale());
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            List<int[]> open = staffing == null ? List.of() : Sheets.open(staffing, d, zone);
            Column column = column(ask, dayTitle.format(d), "/schedule?location=" + ask.place().id() + "&day=" + d, d,
                    staffing == null ? null : ask.therapist(), open);
            week.stream().filter(b -> b.localStart().toLocalDate().equals(d)).forEach(column.bookings()::add);
            columns.add(column);
        }
        return layout(ask, columns, week);
    }

    private Column column(Ask ask, String title, String link, LocalDate day, UUID therapist, List<int[]> open) {
        return new Column(title, link, day, ask.offerFree() ? therapist : null, new ArrayList<>(), open);
    }

    private List<Booking> read(Ask ask, LocalDate from, LocalDate to) {
        ZoneId zone = ask.place().zone();
        return bookings.all(new Bookings.Filter(start(from, zone), start(to, zone), ask.place().id(), ask.therapist(),
                null, null));
    }

    private static List<Booking> shown(Ask ask, List<Booking> all) {
        return ask.cancelled() ? all : all.stream().filter(b -> b.status() != BookingStatus.CANCELLED).toList();
    }

    private Sheet layout(Ask ask, List<Column> columns, List<Booking> shown) {
        Set<UUID> clients = new HashSet<>();
        shown.forEach(b -> clients.add(b.clientId()));
        Map<UUID, String> statuses = clients.isEmpty() ? Map.of() : gate.statusesOf(clients);
        Set<UUID> first = reader.firstVisits(clients);
        Map<String, String> names = new HashMap<>();
        services.all().forEach(s -> names.put(s.code(), s.name()));
        String href = "/schedule/new?location=" + ask.place().id() + "&therapist=";
        return Sheets.layout(columns, ask.place().zone(), clock.instant(), new Words(ask, names, statuses, first),
                c -> href + c.therapistId());
    }

    /** The sheet's words in the page's language, each message resolved once per page. */
    private final class Words implements Sheets.Labels {
        private final Map<String, String> services;
        private final Map<UUID, String> screening;
        private final Set<UUID> first;
        private final Map<String, String> resolved = new HashMap<>();
        private final Locale locale;
        private final String back;
        /** The reader's clock ({@code format.time}: "9:00 AM" in English, "09:00" in Spanish). */
        private final DateTimeFormatter clock;

        Words(Ask ask, Map<String, String> services, Map<UUID, String> screening, Set<UUID> first) {
            this.services = services;
            this.screening = screening;
            this.first = first;
            this.locale = ask.locale();
            this.back = "?back=" + URLEncoder.encode(ask.back(), StandardCharsets.UTF_8);
            this.clock = DateTimeFormatter.ofPattern(messages.getMessage("format.time", null, locale), locale);
        }

        @Override
        public String service(String code) {
            return services.getOrDefault(code, code);
        }

        @Override
        public String status(BookingStatus status) {
            return word("book.status." + status.name());
        }

        @Override
        public List<String> flags(Booking b) {
            List<String> flags = new ArrayList<>(3);
            if ("CLEARANCE_REQUIRED".equals(screening.get(b.clientId()))) {
                flags.add(word("book.flag.clearance"));
            }
            if (b.needsReview()) {
                flags.add(word("book.flag.review"));
            }
            if (first.contains(b.id())) {
                flags.add(word("book.flag.first"));
            }
            return flags;
        }

        @Override
        public String free(String laneTitle) {
            return messages.getMessage("book.free", new Object[] {laneTitle}, locale);
        }

        @Override
        public String href(Booking b) {
            return "/schedule/bookings/" + b.id() + back;
        }

        @Override
        public String time(int minute) {
            return clock.format(LocalTime.of(minute / 60 % 24, minute % 60));
        }

        private String word(String key) {
            return resolved.computeIfAbsent(key, k -> messages.getMessage(k, null, locale));
        }
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The labels of the active services, for the new-booking panel. */
    List<Service> activeServices() {
        return services.all().stream().filter(Service::active).toList();
    }
}
