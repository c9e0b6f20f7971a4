package org.reliefdesk.outcomes.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.outcomes.MidasCheckIn;
import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.shared.PageParams;
import org.springframework.stereotype.Component;

/** MIDAS over time for one client: the intake's score, then every check-in (and later intakes). */
@Component
class MidasHistory {

    private final MidasCheckIns checkIns;
    private final Intakes intakes;
    private final Clock clock;

    MidasHistory(MidasCheckIns checkIns, Intakes intakes, Clock clock) {
        this.checkIns = checkIns;
        this.intakes = intakes;
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

    /**
     * Baseline = the intake's score: the newest intake on or before the course start (else the first
     * intake; with no course start, the newest intake). Latest = the newest score of any source.
     */
    Outcome.Midas change(List<Point> points, LocalDate courseStart) {
        List<Point> intakes = points.stream().filter(p -> p.source().equals(Point.INTAKE)).toList();
        Point baseline = intakes.isEmpty() ? null : intakes.get(courseStart == null ? intakes.size() - 1 : 0);
        for (Point intake : intakes) {
            if (courseStart != null && !intake.date().isAfter(courseStart)) {
                baseline = intake;
            }
        }
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

    /** Each submitted intake's MIDAS score (the sum of q1–q5, as screening scores it). */
    private List<Point> intakeScores(UUID clientId) {
        List<Point> points = new ArrayList<>();
        for (SubmittedIntake intake : intakes.list(clientId, PageParams.of(0, PageParams.MAX_SIZE)).items()) {
            Integer score = score(intake);
            if (score != null) {
                points.add(new Point(intake.submittedAt(), date(intake.submittedAt()), score, Point.INTAKE));
            }
        }
        return points;
    }

    private static Integer score(SubmittedIntake intake) {
        int sum = 0;
        for (String item : MidasAnswers.SCORED) {
            Integer days = intake.answers().integer("midas." + item);
            if (days == null) {
                return null;
            }
            sum += days;
        }
        return sum;
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
