package org.reliefdesk.scheduling.reports;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.scheduling.availability.ScheduleLoader;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.RequestResolver;
import org.reliefdesk.scheduling.reports.OperationsQueries.ClientFigures;
import org.reliefdesk.scheduling.reports.OperationsQueries.Hours;
import org.reliefdesk.scheduling.reports.OperationsQueries.Tallies;
import org.reliefdesk.scheduling.reports.OperationsQueries.Tally;
import org.reliefdesk.scheduling.reports.OperationsReport.RoomLine;
import org.reliefdesk.scheduling.reports.OperationsReport.TherapistLine;
import org.reliefdesk.shared.DayRange;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The operations report: the queries' tallies plus the hours arithmetic, for administrators. */
@Component
class OperationsReports {

    private final RequestResolver resolver;
    private final OperationsQueries queries;
    private final ScheduleLoader loader;
    private final Clock clock;

    OperationsReports(RequestResolver resolver, OperationsQueries queries, ScheduleLoader loader, Clock clock) {
        this.resolver = resolver;
        this.queries = queries;
        this.loader = loader;
        this.clock = clock;
    }

    /**
     * Checks the caller (403 unless ADMIN) and the parameters (422 naming each bad one, with any the caller found
     * already in {@code errors}), then reports. A missing location means the practice's first.
     */
    @Transactional(readOnly = true)
    OperationsReport report(ReliefDeskUser user, String from, String to, String locationId, FieldErrors errors) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator may see the operations report");
        }
        Location location = resolver.locationOrFirst(locationId, errors);
        DayRange range = DayRange.parse(from, to, errors);
        errors.throwIfAny();
        return report(location, range);
    }

    OperationsReport report(Location location, DayRange range) {
        ZoneId zone = location.zone();
        long from = range.start(zone);
        long to = range.end(zone);
        Map<UUID, Hours> hours = queries.hours(location.id());
        Map<UUID, List<long[]>> timeOff = loader.timeOff(hours.keySet().toArray(UUID[]::new), from, to);
        Map<UUID, List<long[]>> working = new LinkedHashMap<>();
        hours.forEach((id, h) -> working.put(id, WorkingTime.minus(WorkingTime.shifts(h.weekly(), range.from(),
                range.to(), zone), timeOff.getOrDefault(id, List.of()))));
        Tallies tallies = queries.tallies(location.id(), from, to);
        ClientFigures clients = queries.clients(location.id(), location.timeZone(), from, to, clock.instant());
        Tally all = tallies.location();
        return new OperationsReport(range.from(), range.to(), location.id(), therapists(hours, working, tallies),
                rooms(location, WorkingTime.minutes(unionOf(working)), tallies), all.bookings(), all.completed(),
                all.cancelled(), all.late(), all.noShows(), Rates.of(all.noShows(), all.bookings() - all.cancelled()),
                clients.newClients(), Rates.of(clients.rebooked(), clients.seen()));
    }

    /** Therapists with hours here (by name), then any others with bookings here in the range. */
    private static List<TherapistLine> therapists(Map<UUID, Hours> hours, Map<UUID, List<long[]>> working,
            Tallies tallies) {
        Map<UUID, Tally> booked = new LinkedHashMap<>();
        tallies.therapists().forEach(t -> booked.put(t.id(), t));
        List<TherapistLine> lines = new ArrayList<>();
        hours.forEach((id, h) -> lines.add(line(id, h.name(), WorkingTime.minutes(working.get(id)), booked.remove(id))));
        booked.values().stream().sorted(java.util.Comparator.comparing(Tally::name))
                .forEach(t -> lines.add(line(t.id(), t.name(), 0, t)));
        return lines;
    }

    private static TherapistLine line(UUID id, String name, long workingMinutes, Tally tally) {
        long booked = tally == null ? 0 : tally.bookedMinutes();
        return new TherapistLine(id, name, workingMinutes, booked, Rates.of(booked, workingMinutes));
    }

    /** The location's rooms in order, then any retired room with bookings in the range. */
    private static List<RoomLine> rooms(Location location, long openMinutes, Tallies tallies) {
        Map<UUID, Tally> booked = new LinkedHashMap<>();
        tallies.rooms().forEach(t -> booked.put(t.id(), t));
        List<RoomLine> lines = new ArrayList<>();
        for (Location.Room room : location.rooms()) {
            Tally t = booked.remove(room.id());
            long minutes = t == null ? 0 : t.bookedMinutes();
            lines.add(new RoomLine(room.id(), room.name(), minutes, Rates.of(minutes, openMinutes)));
        }
        booked.values().forEach(t -> lines.add(new RoomLine(t.id(), t.name(), t.bookedMinutes(),
                Rates.of(t.bookedMinutes(), openMinutes))));
        return lines;
    }

    private static List<long[]> unionOf(Map<UUID, List<long[]>> working) {
        List<long[]> all = new ArrayList<>();
        working.values().forEach(all::addAll);
        return WorkingTime.union(all);
    }
}
