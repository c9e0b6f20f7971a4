package org.reliefdesk.scheduling.courses;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.booking.Booker.Ask;
import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.scheduling.availability.SlotFinder.SlotView;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.availability.SlotFinder;
import org.reliefdesk.scheduling.booking.Booker;
import org.reliefdesk.scheduling.booking.BookingRequest;
import org.reliefdesk.scheduling.booking.BookingStore;
import org.reliefdesk.scheduling.booking.RaceRetry;
import org.reliefdesk.scheduling.booking.SlotPicker;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.notices.BookingMail;

/**
 * A course of sessions booked in one step: every session at the start's local time, every
 * {@code intervalDays} days or on the given weekdays. All sessions are booked in one transaction or
 * none: any session that cannot be booked is reported with its reason and the nearest free times
 * (with the named therapist only, when one is named), and nothing is kept.
 */
@Component
public class Courses {

    private final JdbcClient jdbc;
    private final Booker booker;
    private final SlotPicker picker;
    private final BookingStore store;
    private final RaceRetry retry;
    private final ClientAccess access;
    private final Bookings bookings;
    private final ScreeningGate gate;
    private final Requirements requirements;
    private final SlotFinder finder;
    private final BookingMail mail;

    Courses(JdbcClient jdbc, Booker booker, SlotPicker picker, BookingStore store, RaceRetry retry,
            ClientAccess access, Bookings bookings, ScreeningGate gate, Requirements requirements, SlotFinder finder,
            BookingMail mail) {
        this.jdbc = jdbc;
        this.booker = booker;
        this.picker = picker;
        this.store = store;
        this.retry = retry;
        this.access = access;
        this.bookings = bookings;
        this.gate = gate;
        this.requirements = requirements;
        this.finder = finder;
        this.mail = mail;
    }

    /** {@code POST /api/v1/courses} as sent (text ids and times, boxed numbers: bad values are 422s). */
    record CourseRequest(String clientId, String locationId, String serviceCode, String start, Integer sessions,
            Integer intervalDays, List<String> daysOfWeek, String therapistId) {
    }

    /** A course as stored, with its bookings (current state, by start). */
    record Course(UUID id, UUID clientId, UUID locationId, String serviceCode, UUID therapistId, int sessions,
            Integer intervalDays, List<String> daysOfWeek, List<Booking> bookings) {
    }

    /** One session that could not be booked: its start, why, and the nearest free times. */
    record Conflict(String start, String reason, List<SlotView> alternatives) {
    }

    Course book(ReliefDeskUser user, CourseRequest request) {
        Ask ask = booker.resolve(user, new BookingRequest(request.clientId(), request.locationId(),
                request.serviceCode(), request.start(), request.therapistId()));
        Pattern pattern = pattern(request, ask);
        String screening = gate.check(ask.client().id());
        Needs needs = requirements.of(ask.service(), ask.client().id());
        picker.checkTime(ask);
        return bookAll(ask, needs, screening, pattern, starts(ask, pattern));
    }

    /** Books every start (the first already checked); used by the demo for a course already under way. */
    Course bookAll(Ask ask, Needs needs, String screening, Pattern pattern, List<Long> starts) {
        Outcome outcome = retry.run(status -> {
            Outcome result = attempt(ask, needs, screening, pattern, starts);
            if (result.courseId() == null) {
                status.setRollbackOnly();
            }
            return result;
        }, RaceRetry::again);
        if (outcome == null) {
            throw new ConflictException("The schedule kept changing while booking the course; please try again");
        }
        if (outcome.courseId() == null) {
            throw new ConflictException(outcome.conflicts().size() + " of the " + starts.size()
                    + " sessions cannot be booked; nothing was booked", Map.of("conflicts", outcome.conflicts()));
        }
        return get(outcome.courseId());
    }

    private record Outcome(UUID courseId, List<Conflict> conflicts) {
    }

    /** In the caller's transaction: every session, or the conflicts (the caller rolls back). */
    private Outcome attempt(Ask ask, Needs needs, String screening, Pattern pattern, List<Long> starts) {
        UUID courseId = insertCourse(ask, pattern, starts.size());
        List<Conflict> conflicts = new ArrayList<>();
        List<UUID> booked = new ArrayList<>();
        for (long start : starts) {
            Conflict conflict = bookOne(ask.withStart(start), needs, screening, booked);
            if (conflict != null) {
                conflicts.add(conflict);
            }
        }
        if (!conflicts.isEmpty()) {
            return new Outcome(null, conflicts);
        }
        store.linkToCourse(courseId, booked);
        mail.courseBooked(courseId);
        return new Outcome(courseId, List.of());
    }

    private UUID insertCourse(Ask ask, Pattern pattern, int sessions) {
        return jdbc.sql("""
                insert into course (client_id, location_id, service_code, therapist_id, sessions, interval_days,
                    days_of_week, created_by)
                values (:client, :location, :service, :therapist, :sessions, :interval, :days, :by) returning id""")
                .param("client", ask.client().id()).param("location", ask.location().id())
                .param("service", ask.service().code()).param("therapist", ask.therapistId())
                .param("sessions", sessions).param("interval", pattern.intervalDays())
                .param("days", pattern.daysOfWeek() == null ? null
                        : pattern.daysOfWeek().stream().map(DayOfWeek::name).toArray(String[]::new))
                .param("by", ask.bookedBy()).query(UUID.class).single();
    }

    /** Books one session (its id added to {@code booked}), or says why it cannot be booked. */
    private Conflict bookOne(Ask session, Needs needs, String screening, List<UUID> booked) {
        String reason = null;
        try {
            picker.checkClientFree(session);
            UUID id = booker.attempt(session, needs, screening);
            if (id == null) {
                reason = "That time is taken";
            } else {
                booked.add(id);
            }
        } catch (RuleViolationException e) {
            reason = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
        }
        return reason == null ? null
                : new Conflict(iso(session, session.start()), reason, alternatives(session, needs));
    }

    /** The nearest free times; with a therapist named, only theirs (every session is with them). */
    private List<SlotView> alternatives(Ask ask, Needs needs) {
        List<SlotView> near = finder.nearest(ask.location(), ask.service().minutes(), needs, ask.therapistId(),
                ask.client().id(), ask.start(), ask.therapistId() == null ? 5 : 40);
        return ask.therapistId() == null ? near
                : near.stream().filter(s -> s.therapistId().equals(ask.therapistId())).limit(5).toList();
    }

    Course get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Course"));
    }

    /** The course if this user may see it (a client only their own). */
    Course visible(UUID id, ReliefDeskUser user) {
        Course course = get(id);
        if (user.isClient()) {
            access.profile(course.clientId(), user);
        }
        return course;
    }

    Optional<Course> find(UUID id) {
        List<Booking> sessions = jdbc.sql("select id from booking where course_id = :id order by starts_at")
                .param("id", id).query(UUID.class).list().stream()
                .map(b -> bookings.find(b).orElseThrow()).toList();
        return jdbc.sql("""
                select id, client_id, location_id, service_code, therapist_id, sessions, interval_days, days_of_week
                from course where id = :id""").param("id", id)
                .query((rs, n) -> new Course(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getString("service_code"),
                        rs.getObject("therapist_id", UUID.class), rs.getInt("sessions"),
                        (Integer) rs.getObject("interval_days"),
                        rs.getArray("days_of_week") == null ? null
                                : List.of((String[]) rs.getArray("days_of_week").getArray()),
                        sessions))
                .optional();
    }

    /** A client's courses, newest first. */
    public List<Course> ofClient(UUID clientId) {
        return jdbc.sql("select id from course where client_id = :client order by created_at desc")
                .param("client", clientId).query(UUID.class).list().stream().map(this::get).toList();
    }

    /** How sessions repeat: every {@code intervalDays} days, or on {@code daysOfWeek}; {@code sessions} in all. */
    record Pattern(int sessions, Integer intervalDays, Set<DayOfWeek> daysOfWeek) {
    }

    private static Pattern pattern(CourseRequest request, Ask ask) {
        FieldErrors errors = new FieldErrors();
        if (request.sessions() == null) {
            errors.add("sessions", "is required");
        } else if (request.sessions() < 2 || request.sessions() > 52) {
            errors.add("sessions", "must be between 2 and 52");
        }
        boolean interval = request.intervalDays() != null;
        boolean days = request.daysOfWeek() != null && !request.daysOfWeek().isEmpty();
        if (interval == days) {
            errors.add(interval ? "daysOfWeek" : "intervalDays", "give either intervalDays or daysOfWeek");
        }
        if (interval && (request.intervalDays() < 1 || request.intervalDays() > 90)) {
            errors.add("intervalDays", "must be between 1 and 90");
        }
        Set<DayOfWeek> weekdays = days ? weekdays(request.daysOfWeek(), errors) : null;
        checkFirstDay(weekdays, ask, errors);
        errors.throwIfAny();
        return new Pattern(request.sessions(), request.intervalDays(), weekdays);
    }

    /** The first session falls on one of the weekdays asked for. */
    private static void checkFirstDay(Set<DayOfWeek> weekdays, Ask ask, FieldErrors errors) {
        if (weekdays != null && !weekdays.isEmpty()) {
            DayOfWeek first = Instant.ofEpochSecond(ask.start()).atZone(ask.location().zone()).getDayOfWeek();
            if (!weekdays.contains(first)) {
                errors.add("start", "falls on a " + first.name().charAt(0) + first.name().substring(1).toLowerCase()
                        + ", which is not one of daysOfWeek");
            }
        }
    }

    private static Set<DayOfWeek> weekdays(List<String> names, FieldErrors errors) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < names.size(); i++) {
            try {
                days.add(DayOfWeek.valueOf(String.valueOf(names.get(i)).strip().toUpperCase()));
            } catch (IllegalArgumentException e) {
                errors.add("daysOfWeek[" + i + "]", "must be a day such as MONDAY");
            }
        }
        return days;
    }

    /** Every session's start (epoch seconds), at the first session's local time of day. */
    static List<Long> starts(Ask ask, Pattern pattern) {
        ZonedDateTime first = Instant.ofEpochSecond(ask.start()).atZone(ask.location().zone());
        LocalTime time = first.toLocalTime();
        List<Long> starts = new ArrayList<>();
        LocalDate day = first.toLocalDate();
        while (starts.size() < pattern.sessions()) {
            if (pattern.intervalDays() != null || pattern.daysOfWeek().contains(day.getDayOfWeek())) {
                starts.add(ZonedDateTime.of(day, time, first.getZone()).toEpochSecond());
            }
            day = day.plusDays(pattern.intervalDays() != null ? pattern.intervalDays() : 1);
        }
        return starts;
    }

    private static String iso(Ask ask, long start) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                Instant.ofEpochSecond(start).atZone(ask.location().zone()).toOffsetDateTime());
    }
}
