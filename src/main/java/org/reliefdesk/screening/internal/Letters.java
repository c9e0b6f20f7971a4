package org.reliefdesk.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.clients.Client;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.ClearanceLetters;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.ScreeningStatus;
import org.reliefdesk.screening.Screenings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The clearance letter for a client's newest screening, when it has concerns a physician must clear
 * (not for an URGENT screening: that is emergency care, not a letter). Callers check access first.
 */
@Component
class Letters implements ClearanceLetters {

    private final Screenings screenings;
    private final Intakes intakes;
    private final Concerns concerns;
    private final Practice practice;
    private final MessageSource messages;
    private final Clock clock;

    Letters(Screenings screenings, Intakes intakes, Concerns concerns, Practice practice, MessageSource messages,
            Clock clock) {
        this.screenings = screenings;
        this.intakes = intakes;
        this.concerns = concerns;
        this.practice = practice;
        this.messages = messages;
        this.clock = clock;
    }

    static boolean available(Screening screening) {
        return screening.status() != ScreeningStatus.URGENT
                && screening.flags().stream().anyMatch(f -> f.severity().equals("CLEARANCE"));
    }

    @Override
    public Optional<byte[]> latest(Client client) {
        return pdf(client);
    }

    Optional<byte[]> pdf(Client client) {
        Optional<Screening> screening = screenings.latest(client.id()).filter(Letters::available);
        if (screening.isEmpty()) {
            return Optional.empty();
        }
        SubmittedIntake intake = intakes.findById(screening.get().intakeId()).orElseThrow();
        List<Concerns.Concern> all = concerns.of(screening.get(), intake);
        ClearanceLetter.Content content = new ClearanceLetter.Content(practice.details(), client, intake,
                LocalDate.ofInstant(intake.submittedAt(), clock.getZone()),
                all.stream().filter(c -> c.flag().severity().equals("CLEARANCE")).toList(),
                all.stream().map(Concerns.Concern::flag).filter(f -> f.severity().equals("CAUTION")).toList(),
                areas(intake), LocalDate.now(clock));
        return Optional.of(ClearanceLetter.write(content, messages));
    }

    private String areas(SubmittedIntake intake) {
        IntakeForm form = intakes.form();
        return form.question("focus.areas").map(q -> q.describe(intake.answers().set("focus.areas"))).orElse("—");
    }
}
