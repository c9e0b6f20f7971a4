package org.reliefdesk.shared;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Where "today" is when {@code reliefdesk.time-zone} is not set: the first location's zone
 * (implemented by scheduling). Absent or empty, the server's zone.
 */
public interface PracticeTimeZone {

    Optional<ZoneId> zone();
}
