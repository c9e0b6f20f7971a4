package org.reliefdesk.planning;

import java.util.List;
import java.util.UUID;

/** Every saved version of every plan of a client as the printable PDF (the client's export); implemented by planning. */
public interface PlanPrints {

    /** Oldest plan first, then by version; {@code planNumber} counts the client's plans from 1. Access is the caller's. */
    List<Print> all(UUID clientId);

    /** One version of one plan as a PDF. */
    record Print(UUID planId, int planNumber, int version, byte[] pdf) {
    }
}
