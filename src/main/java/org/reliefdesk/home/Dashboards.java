package org.reliefdesk.home;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.home.Dashboard.Step;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.outcomes.Outcomes;
import org.reliefdesk.planning.PlanInForce;
import org.reliefdesk.planning.PlanStanding;
import org.reliefdesk.planning.PlanStandings;
import org.reliefdesk.planning.PlansInForce;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/** Builds a client's {@link Dashboard} from the owning modules' public reads (the client reads their own record). */
@Component
class Dashboards {

    /** How far back the diary streak is counted. */
    static final int STREAK_DAYS = 366;

    private final Intakes intakes;
    private final PlanStandings standings;
    private final PlansInForce plans;
    private final Bookings bookings;
    private final Diary diary;
    private final Outcomes outcomes;
    private final Services services;
    private final Clock clock;

    Dashboards(Intakes intakes, PlanStandings standings, PlansInForce plans, Bookings bookings, Diary diary,
            Outcomes outcomes, Services services, Clock clock) {
        this.intakes = intakes;
        this.standings = standings;
        this.plans = plans;
        this.bookings = bookings;
        this.diary = diary;
        this.outcomes = outcomes;
        this.services = services;
        this.clock = clock;
    }

    Dashboard of(UUID clientId) {
        Booking next = bookings.list(new Bookings.Filter(clock.instant(), null, null, null, clientId,
                BookingStatus.BOOKED), PageParams.of(0, 1)).items().stream().findFirst().orElse(null);
        PlanInForce plan = plans.of(clientId).orElse(null);
        LocalDate today = diary.today();
        Set<LocalDate> logged = new HashSet<>();
        diary.between(clientId, today.minusDays(STREAK_DAYS), today).stream().map(DiaryEntry::date).forEach(logged::add);
        boolean loggedToday = logged.contains(today);
        List<Step> steps = steps(clientId, next, loggedToday);
        return new Dashboard(next, steps, plan, plan == null ? null
                : services.find(plan.serviceCode()).map(Service::name).orElse(null), loggedToday,
                streak(logged, today), steps.contains(Step.START_INTAKE) ? null : outcome(clientId),
                next != null ? next : latest(clientId));
    }

    /** The client's most recent booking of the last year, whatever its status. */
    private Booking latest(UUID clientId) {
        List<Booking> recent = bookings.all(new Bookings.Filter(clock.instant().minus(Duration.ofDays(STREAK_DAYS)),
                null, null, null, clientId, null));
        return recent.isEmpty() ? null : recent.get(recent.size() - 1);
    }

    private List<Step> steps(UUID clientId, Booking next, boolean loggedToday) {
        List<Step> steps = new ArrayList<>();
        if (intakes.latest(clientId).isEmpty()) {
            steps.add(intakes.draft(clientId).isEmpty() ? Step.START_INTAKE : Step.CONTINUE_INTAKE);
        }
        PlanStanding standing = standings.of(List.of(clientId)).getOrDefault(clientId, PlanStanding.NO_PLAN);
        if ("PROPOSED".equals(standing.status())) {
            steps.add(Step.REVIEW_PLAN);
        }
        if (next == null && steps.isEmpty()) {
            steps.add(Step.BOOK);
        }
        if (!loggedToday) {
            steps.add(Step.LOG_TODAY);
        }
        return steps;
    }

    /** Days logged in a row up to today (or up to yesterday while today is not logged yet). */
    static int streak(Set<LocalDate> logged, LocalDate today) {
        LocalDate day = logged.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (logged.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    /** The outcome since the first attended session; null before it (nothing to compare yet). */
    private Outcome outcome(UUID clientId) {
        try {
            Outcome outcome = outcomes.of(clientId, null, null);
            return Outcome.NONE.equals(outcome.courseStartSource()) ? null : outcome;
        } catch (RuleViolationException e) {
            return null;
        }
    }
}
