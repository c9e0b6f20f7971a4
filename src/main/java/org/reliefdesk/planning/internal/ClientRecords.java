package org.reliefdesk.planning.internal;

import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.intake.Intakes;
import org.reliefdesk.screening.Screenings;
import org.springframework.stereotype.Component;

/** The client's latest submitted intake and its screening (with any clearance), as one {@link ClientContext}. */
@Component
class ClientRecords {

    private final Intakes intakes;
    private final Screenings screenings;

    ClientRecords(Intakes intakes, Screenings screenings) {
        this.intakes = intakes;
        this.screenings = screenings;
    }

    /** The latest intake's id and the context built from it; empty without a submitted intake. */
    Optional<Latest> latest(UUID clientId) {
        return intakes.latest(clientId).flatMap(intake -> screenings.ofIntake(intake.id())
                .map(screening -> new Latest(intake.id(), new ClientContext(intake.answers(), screening))));
    }

    record Latest(UUID intakeId, ClientContext context) {
    }
}
