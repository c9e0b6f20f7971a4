package org.reliefdesk.interop.fhir.clinical;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.DateTimeType;

/** FHIR dateTimes to the second, with the offset they were written in (UTC for an instant). */
final class Times {

    private Times() {
    }

    static DateTimeType dateTime(OffsetDateTime time) {
        return new DateTimeType(Date.from(time.toInstant()), TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone(time.getOffset()));
    }

    static DateTimeType dateTime(Instant instant) {
        return dateTime(instant.atOffset(ZoneOffset.UTC));
    }
}
