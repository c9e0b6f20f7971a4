package org.reliefdesk.outcomes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A client's MIDAS check-ins, read by others (the FHIR Observations); implemented by outcomes. */
public interface MidasCheckInHistory {

    /** Every check-in of the client, oldest first. */
    List<MidasCheckIn> all(UUID clientId);

    /** One check-in by its id, whoever's it is (the caller checks access to its client). */
    Optional<MidasCheckIn> find(UUID checkInId);
}
