package org.reliefdesk.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.internal.ClearanceRequests;
import org.reliefdesk.screening.internal.ScreeningEngine;
import org.reliefdesk.screening.internal.ScreeningEngine.Evaluation;
import org.reliefdesk.screening.internal.ScreeningStore;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Screening of submitted intakes. The newest intake's screening is what counts everywhere
 * ({@link #latest}); submitting an intake screens it in the same transaction and publishes
 * {@link ScreeningChanged}, as does recording a clearance. Callers check access first
 * ({@code ClientAccess}); these methods trust the client id they are given.
 */
@Component
public class Screenings {

    private final Intakes intakes;
    private final ScreeningEngine engine;
    private final ScreeningStore store;
    private final ClientAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<AfterScreening> after;

    Screenings(Intakes intakes, ScreeningEngine engine, ScreeningStore store, ClientAccess access,
            ApplicationEventPublisher events, Clock clock, ObjectProvider<AfterScreening> after) {
        this.after = after;
        this.intakes = intakes;
        this.engine = engine;
        this.store = store;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** An intake just submitted, its screening, and what other modules did after it (e.g. a hold confirmed). */
    public record Submission(SubmittedIntake intake, Screening screening, AfterScreening.Outcome after) {
    }

    /** A clearance as typed: {@code clearedOn} is {@code YYYY-MM-DD}. */
    public record NewClearance(String clearedBy, String clearedOn, String note) {
    }

    /** The screening of the client's newest submitted intake, with any clearance applied. */
    public Optional<Screening> latest(UUID clientId) {
        return intakes.latest(clientId).map(this::of);
    }

    /** The screening of one submitted intake, with any clearance applied. */
    public Optional<Screening> ofIntake(UUID intakeId) {
        return intakes.findById(intakeId).map(this::of);
    }

    /** The screening of the client's intake of that version, with any clearance applied. */
    public Optional<Screening> ofIntake(UUID clientId, int version) {
        return intakes.find(clientId, version).map(this::of);
    }

    /** Screens an intake afresh (nothing stored, no clearance). */
    public Screening screen(SubmittedIntake intake) {
        return toScreening(intake, evaluate(intake), null);
    }

    /**
     * Checks, stores and screens a complete intake in one transaction (422 naming each broken field),
     * records it in the audit trail, publishes {@link ScreeningChanged} and lets every {@link AfterScreening}
     * act on it (all in that transaction).
     */
    @Transactional
    public Submission submit(UUID clientId, JsonNode answers, ReliefDeskUser by) {
        SubmittedIntake intake = intakes.store(clientId, answers, by.id());
        Evaluation evaluation = evaluate(intake);
        store.save(intake.id(), clientId, evaluation, engine.rules().version());
        access.recordChange(by, clientId, "SUBMIT_INTAKE", "INTAKE", intake.id(),
                "intake " + intake.version() + " screened " + evaluation.status());
        events.publishEvent(new ScreeningChanged(clientId, intake.id(), evaluation.status()));
        Screening screening = toScreening(intake, evaluation, null);
        AfterScreening.Outcome outcome = after.orderedStream().map(a -> a.screened(clientId, screening))
                .reduce(AfterScreening.Outcome.NONE, AfterScreening.Outcome::plus);
        return new Submission(intake, screening, outcome);
    }

    /**
     * Records a physician's clearance against the client's newest intake (THERAPIST or ADMIN). It lifts
     * CLEARANCE_REQUIRED; an URGENT screening, or one that needs no clearance, is a 422; a second
     * clearance of the same intake is a 409.
     */
    @Transactional
    public ClearanceOnFile recordClearance(UUID clientId, NewClearance request, ReliefDeskUser by) {
        if (!by.isClinician()) {
            throw new ForbiddenException("Only a therapist or an administrator records a clearance");
        }
        SubmittedIntake intake = intakes.latest(clientId).orElseThrow(() -> RuleViolationException.of("intake",
                "There is no submitted intake to clear"));
        LocalDate clearedOn = ClearanceRequests.check(request.clearedBy(), request.clearedOn(), request.note(),
                LocalDate.ofInstant(intake.submittedAt(), clock.getZone()), LocalDate.now(clock));
        refuseUnlessClearable(intake);
        ClearanceOnFile saved;
        try {
            saved = store.saveClearance(clientId, intake.id(), request.clearedBy().strip(), clearedOn,
                    blankToNull(request.note()), by.fullName(), by.id());
        } catch (DuplicateKeyException e) {
            throw alreadyCleared(intake);
        }
        access.recordChange(by, clientId, "RECORD_CLEARANCE", "CLEARANCE", saved.id(), "intake " + intake.version() + " cleared by "
                + saved.clearedBy() + " on " + clearedOn);
        events.publishEvent(new ScreeningChanged(clientId, intake.id(), ScreeningStatus.CLEARED));
        return saved;
    }

    /** Only a CLEARANCE_REQUIRED screening without a clearance yet may be cleared. */
    private void refuseUnlessClearable(SubmittedIntake intake) {
        Screening current = of(intake);
        if (current.status() == ScreeningStatus.URGENT) {
            throw RuleViolationException.of("status", "An URGENT screening cannot be cleared: the client needs "
                    + "emergency care and then a new intake");
        }
        if (current.clearance() != null) {
            throw alreadyCleared(intake);
        }
        if (current.status() != ScreeningStatus.CLEARANCE_REQUIRED) {
            throw RuleViolationException.of("status", "This screening needs no clearance");
        }
    }

    private static ConflictException alreadyCleared(SubmittedIntake intake) {
        return new ConflictException("Intake " + intake.version() + " already has a clearance on file");
    }

    public Paged<ClearanceOnFile> clearances(UUID clientId, PageParams page) {
        return store.clearances(clientId, page);
    }

    public Optional<ClearanceOnFile> clearance(UUID clientId, UUID clearanceId) {
        return store.clearance(clientId, clearanceId);
    }

    private Screening of(SubmittedIntake intake) {
        Optional<ScreeningStore.Stored> stored = store.find(intake.id());
        Screening.Clearance clearance = store.clearanceOf(intake.id()).map(ClearanceOnFile::toClearance).orElse(null);
        Evaluation evaluation = stored.map(s -> new Evaluation(s.status(), s.flags(), s.restrictions(),
                s.headachePattern(), s.midas(), List.of())).orElseGet(() -> evaluate(intake));
        return toScreening(intake, evaluation, clearance);
    }

    private Evaluation evaluate(SubmittedIntake intake) {
        return engine.evaluate(intake.answers(), LocalDate.ofInstant(intake.submittedAt(), clock.getZone()));
    }

    private static Screening toScreening(SubmittedIntake intake, Evaluation e, Screening.Clearance clearance) {
        ScreeningStatus status = e.status() == ScreeningStatus.CLEARANCE_REQUIRED && clearance != null
                ? ScreeningStatus.CLEARED : e.status();
        return new Screening(intake.id(), intake.clientId(), intake.version(), status, e.flags(), e.restrictions(),
                e.headachePattern(), e.midas(), clearance);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
