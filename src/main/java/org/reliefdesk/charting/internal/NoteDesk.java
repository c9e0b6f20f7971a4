package org.reliefdesk.charting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.charting.SessionNote;
import org.reliefdesk.charting.SessionNote.Amendment;
import org.reliefdesk.charting.SessionNote.TechniqueUsed;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.planning.PlansInForce;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reading session notes with their rules: the client, therapists and admins read
 * (front desk never; staff reads audited); only the treating therapist and admins write; a signed
 * note is locked and takes amendments only.
 */
@Component
class NoteDesk {

    /** The answer to a note before the session's start (API.md "Front desk"). */
    static final String NOT_STARTED = "the session has not started yet";
    private static final Set<BookingStatus> DOCUMENTED =
            EnumSet.of(BookingStatus.BOOKED, BookingStatus.CHECKED_IN, BookingStatus.COMPLETED);

    private final NoteStore store;
    private final Bookings bookings;
    private final ClientAccess access;
    private final PlansInForce plans;

    private final Clock clock;

    NoteDesk(NoteStore store, Bookings bookings, ClientAccess access, PlansInForce plans, Clock clock) {
        this.store = store;
        this.bookings = bookings;
        this.access = access;
        this.plans = plans;
        this.clock = clock;
    }

    /** The session's start has passed at {@code now}: only then is there something to document (and to sign). */
    static boolean started(Booking booking, Instant now) {
        return !now.isBefore(booking.start());
    }

    /** The booking, if this user may know it exists (another client's is a 404). */
    Booking booking(UUID bookingId, ReliefDeskUser user) {
        Booking booking = bookings.find(bookingId).orElseThrow(() -> new NotFoundException("Booking"));
        access.profile(booking.clientId(), user);
        return booking;
    }

    SessionNote read(UUID bookingId, ReliefDeskUser user) {
        Booking booking = booking(bookingId, user);
        access.clinicalCheck(booking.clientId(), user);
        SessionNote note = store.ofBooking(bookingId).orElseThrow(() -> new NotFoundException("Session note"));
        access.recordRead(user, booking.clientId(), "READ_NOTE", "NOTE", note.id());
        return note;
    }

    /** The techniques of the client's plan in force, as a starting point for the note. */
    List<TechniqueUsed> plannedTechniques(UUID clientId) {
        return plans.of(clientId).map(plan -> plan.blocks().stream()
                .map(b -> new TechniqueUsed(b.technique(), b.area(), b.minutes(), b.pressure() == 0 ? null : b.pressure()))
                .toList()).orElse(null);
    }

    @Transactional
    public SessionNote create(UUID bookingId, NoteInput input, ReliefDeskUser user, FieldErrors errors) {
        Booking booking = writable(bookingId, user);
        requireSession(booking);
        NoteInput note = input.techniquesUsed() == null ? input.withTechniques(plannedTechniques(booking.clientId()))
                : input;
        NoteRules.check(note, errors);
        errors.throwIfAny("The note breaks " + errors.list().size() + " rule(s)");
        if (store.ofBooking(bookingId).isPresent()) {
            throw new ConflictException("This booking already has a note: edit it with PUT");
        }
        try {
            store.create(bookingId, booking.clientId(), user.id(), note);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("This booking already has a note: edit it with PUT");
        }
        SessionNote created = store.ofBooking(bookingId).orElseThrow();
        access.recordChange(user, booking.clientId(), "WRITE_NOTE", "NOTE", created.id(), "booking " + bookingId);
        return created;
    }

    @Transactional
    public SessionNote update(UUID bookingId, NoteInput input, ReliefDeskUser user, FieldErrors errors) {
        Booking booking = writable(bookingId, user);
        SessionNote current = existing(bookingId);
        if (current.signed()) {
            throw new ConflictException("The note is signed and locked: add an amendment instead");
        }
        NoteInput note = input.techniquesUsed() == null ? input.withTechniques(current.techniquesUsed()) : input;
        NoteRules.check(note, errors);
        errors.throwIfAny("The note breaks " + errors.list().size() + " rule(s)");
        int version = input.version() == null ? current.version() : input.version();
        if (!store.update(current.id(), version, note)) {
            throw new ConflictException("The note changed meanwhile (version " + existing(bookingId).version()
                    + "); reload it and edit again");
        }
        access.recordChange(user, booking.clientId(), "WRITE_NOTE", "NOTE", current.id(), "booking " + bookingId);
        return existing(bookingId);
    }

    @Transactional
    public SessionNote sign(UUID bookingId, ReliefDeskUser user) {
        Booking booking = writable(bookingId, user);
        requireStarted(booking);
        SessionNote current = existing(bookingId);
        if (current.signed() || !store.sign(current.id(), user)) {
            throw new ConflictException("The note is already signed");
        }
        access.recordChange(user, booking.clientId(), "SIGN_NOTE", "NOTE", current.id(), "booking " + bookingId);
        return existing(bookingId);
    }

    @Transactional
    public Amendment amend(UUID bookingId, String text, ReliefDeskUser user) {
        Booking booking = writable(bookingId, user);
        SessionNote current = existing(bookingId);
        FieldErrors errors = new FieldErrors();
        NoteRules.amendment(text, errors);
        errors.throwIfAny();
        if (!current.signed()) {
            throw new ConflictException("The note is not signed yet: edit it instead of amending it");
        }
        Amendment amendment = store.amend(current.id(), text, user);
        access.recordChange(user, booking.clientId(), "AMEND_NOTE", "NOTE", current.id(), "booking " + bookingId);
        return amendment;
    }

    private Booking writable(UUID bookingId, ReliefDeskUser user) {
        Booking booking = booking(bookingId, user);
        if (!user.isClinician() || !(user.isAdmin() || booking.therapistId().equals(user.id()))) {
            throw new ForbiddenException("Only the treating therapist or an administrator writes this note");
        }
        return booking;
    }

    /** A session took or takes place (booked, arrived or completed: not held, cancelled or missed) and has started. */
    private void requireSession(Booking booking) {
        if (!DOCUMENTED.contains(booking.status())) {
            throw RuleViolationException.of("booking", "A " + booking.status().name().toLowerCase().replace('_', '-')
                    + " booking has no session to document");
        }
        requireStarted(booking);
    }

    private void requireStarted(Booking booking) {
        if (!started(booking, clock.instant())) {
            throw RuleViolationException.of("start", NOT_STARTED);
        }
    }

    private SessionNote existing(UUID bookingId) {
        return store.ofBooking(bookingId).orElseThrow(() -> new NotFoundException("Session note"));
    }
}
