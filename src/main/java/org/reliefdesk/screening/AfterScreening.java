package org.reliefdesk.screening;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What another module does once a newly submitted intake is screened, in the submission's transaction
 * (scheduling confirms a new client's hold when the screening lets them book, and releases it when it does
 * not). Screening does not depend on those modules: they implement this, and {@link Screenings#submit}
 * calls every implementation and reports what they did.
 */
public interface AfterScreening {

    /** A session a screening confirmed or released: the booking and its start (in its location's offset). */
    record Session(UUID bookingId, OffsetDateTime start) implements Serializable {
    }

    /** The sessions confirmed and released. */
    record Outcome(List<Session> confirmed, List<Session> released) implements Serializable {

        public static final Outcome NONE = new Outcome(List.of(), List.of());

        public Outcome plus(Outcome other) {
            List<Session> c = new ArrayList<>(confirmed);
            c.addAll(other.confirmed);
            List<Session> r = new ArrayList<>(released);
            r.addAll(other.released);
            return new Outcome(List.copyOf(c), List.copyOf(r));
        }

        public List<UUID> confirmedIds() {
            return confirmed.stream().map(Session::bookingId).toList();
        }

        public List<UUID> releasedIds() {
            return released.stream().map(Session::bookingId).toList();
        }
    }

    /** Called with the client's new screening, in the submission's transaction. */
    Outcome screened(UUID clientId, Screening screening);
}
