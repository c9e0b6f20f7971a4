package org.reliefdesk.outcomes.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.outcomes.MidasCheckIn;
import org.reliefdesk.outcomes.Outcome;
import org.springframework.stereotype.Component;

/** MIDAS over time for one client: the intake's score, then every check-in (and later intakes). */
@Component
class MidasHistory {

    private final MidasCheckIns checkIns;
    private final Clock clock;

    MidasHistory(MidasCheckIns checkIns, Clock clock) {
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** Every score, oldest first. */
    List<Point> points(UUID clientId) {
        List<Point> points = new ArrayList<>(intakeScores(clientId));
        for (MidasCheckIn checkIn : checkIns.all(clientId)) {
            points.add(new Point(checkIn.recordedAt(), date(checkIn.recordedAt()), checkIn.score(), Point.CHECK_IN));
        }
        points.sort(Comparator.comparing(Point::at));
        return points;
    }

    /** Baseline = the intake's score; latest = the newest score of any source. */
    Outcome.Midas change(List<Point> points) {
        Point baseline = points.stream().filter(p -> p.source().equals(Point.INTAKE)).findFirst().orElse(null);
        Point latest = points.isEmpty() ? null : points.get(points.size() - 1);
        if (baseline == null && latest == null) {
            return Outcome.Midas.NONE;
        }
        Integer base = baseline == null ? null : baseline.score();
        Integer last = latest == null ? null : latest.score();
        return new Outcome.Midas(base, base == null ? null : MidasCheckIn.grade(base), last,
                last == null ? null : MidasCheckIn.grade(last), latest == null ? null : latest.date(),
                base == null || last == null ? null : last - base);
    }

    /** A check-in is due when the newest score is 3 months old or more (or there is none yet). */
    boolean checkInDue(UUID clientId) {
        List<Point> points = points(clientId);
        LocalDate today = LocalDate.now(clock);
        return points.isEmpty() || !points.get(points.size() - 1).date().isAfter(today.minusMonths(3));
    }

    private List<Point> intakeScores(UUID clientId) {
        // TODO(screening): the intake's MIDAS from screening once it is on main.
        return List.of();
    }

    private LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    /** One MIDAS score: when, its local date, the score and its source (INTAKE or CHECK_IN). */
    record Point(Instant at, LocalDate date, int score, String source) {

        static final String INTAKE = "INTAKE";
        static final String CHECK_IN = "CHECK_IN";

        public String grade() {
            return MidasCheckIn.grade(score);
        }
    }
}
