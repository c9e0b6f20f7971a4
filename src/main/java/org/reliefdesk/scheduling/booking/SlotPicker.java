package org.reliefdesk.scheduling.booking;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.scheduling.availability.Availability;
import org.reliefdesk.scheduling.availability.Availability.Outcome;
import org.reliefdesk.scheduling.availability.Requirements.Needs;
import org.reliefdesk.scheduling.availability.ScheduleLoader;
import org.reliefdesk.scheduling.availability.Schedules;
import org.reliefdesk.scheduling.availability.SlotFinder;
import org.reliefdesk.scheduling.booking.Booker.Ask;
import org.reliefdesk.scheduling.booking.Booker.Pick;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an asked-for time needs before it is written: on the grid and ahead, the client free, and a
 * therapist, room and kit unit free at that start (422 when the time is not bookable at all), or the
 * nearest free times instead.
 */
@Component
public class SlotPicker {

    private final SlotFinder finder;
    private final JdbcClient jdbc;
    private final Clock clock;

    SlotPicker(SlotFinder finder, JdbcClient jdbc, Clock clock) {
        this.finder = finder;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The therapist, room and kit free at the ask's start, or null when taken; 422 when not bookable at all. */
    public Pick pick(Ask ask, Needs needs) {
        Availability availability = finder.load(ask.location(), ask.service().minutes(), needs, ask.therapistId(),
                ask.start(), ask.end());
        int chosen = choose(ask, availability);
        if (chosen < 0) {
            return null;
        }
        int[] resources = availability.resources(ask.start());
        return new Pick(availability.therapists().get(chosen).id(), availability.rooms().get(resources[0]).id(),
                resources[1] >= 0 ? availability.kits().get(resources[1]).id() : null);
    }

    /** Without a therapist named: {@code preferred} when free, else any qualified one. */
    Pick pickPreferring(Ask ask, Needs needs, UUID preferred) {
        if (ask.therapistId() != null) {
            return pick(ask, needs);
        }
        try {
            Pick same = pick(ask.withTherapist(preferred), needs);
            if (same != null) {
                return same;
            }
        } catch (RuleViolationException e) {
            // the preferred therapist cannot take that time at all: any qualified therapist may
        }
        return pick(ask, needs);
    }

    /** Up to five free times nearest to the ask's start. */
    public List<SlotFinder.SlotView> alternatives(Ask ask, Needs needs) {
        return finder.nearest(ask.location(), ask.service().minutes(), needs, ask.therapistId(), ask.client().id(),
                ask.start(), 5);
    }

    public void checkTime(Ask ask) {
        checkTime(ask, false);
    }

    public void checkTime(Ask ask, boolean pastAllowed) {
        if (!pastAllowed && ask.start() <= clock.instant().getEpochSecond()) {
            throw RuleViolationException.of("start", "That time has already passed");
        }
        if (!Availability.onGrid(ask.location().zone().getRules(), ask.start())) {
            throw RuleViolationException.of("start", "Sessions start on the quarter hour (location's local time)");
        }
    }

    public void checkClientFree(Ask ask) {
        boolean busy = jdbc.sql("""
                select exists (select 1 from booking where client_id = :client and status <> 'CANCELLED'
                    and (status <> 'HELD' or hold_expires_at > now()) and session && tstzrange(:start, :end))""")
                .param("client", ask.client().id()).param("start", ScheduleLoader.at(ask.start()))
                .param("end", ScheduleLoader.at(ask.end())).query(Boolean.class).single();
        if (busy) {
            throw RuleViolationException.of("start", "The client already has a booking at that time");
        }
    }

    /** The therapist to book (index), -1 when the time is taken; 422 when it is not bookable at all. */
    private static int choose(Ask ask, Availability availability) {
        List<Schedules.TherapistSchedule> all = availability.therapists();
        if (ask.therapistId() != null && all.isEmpty()) {
            throw RuleViolationException.of("therapistId", "This therapist has no working hours at this location");
        }
        Outcome best = null;
        for (int t = 0; t < all.size(); t++) {
            Outcome outcome = availability.at(t, ask.start());
            if (outcome == Outcome.FREE) {
                return t;
            }
            best = best == null || outcome.ordinal() > best.ordinal() ? outcome : best;
        }
        if (best == Outcome.TAKEN) {
            return -1;
        }
        throw notBookable(ask, best);
    }

    private static RuleViolationException notBookable(Ask ask, Outcome outcome) {
        boolean one = ask.therapistId() != null;
        if (outcome == null || outcome == Outcome.LACKS_SKILLS) {
            return RuleViolationException.of(one ? "therapistId" : "serviceCode", one
                    ? "This therapist lacks a skill the service or the client's plan needs"
                    : "No therapist at this location has every skill the service or the client's plan needs");
        }
        if (outcome == Outcome.NO_VALID_LICENCE) {
            return RuleViolationException.of(one ? "therapistId" : "start", one
                    ? "This therapist's licence is not valid on that date"
                    : "No therapist with a valid licence works at that time");
        }
        return RuleViolationException.of("start", one ? "That time is outside the therapist's working hours"
                : "That time is outside every qualified therapist's working hours");
    }
}
