package org.reliefdesk.scheduling.practice;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.reliefdesk.shared.Amounts;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A place where sessions happen: its time zone, turnover buffer, late-cancellation window, rooms and
 * equipment; its street address (for emails) and how long a waitlist offer holds a freed slot
 * ({@code null} in a request: keep what is on file, or the default); the fees its policy charges for a late
 * cancellation and a no-show (exact amounts in the practice's currency, {@code "40.00"} in JSON; {@code null} in a
 * request: keep what is on file, or 0.00).
 */
public record Location(UUID id, String name, String timeZone, int bufferMinutes, int lateCancelHours, List<Room> rooms,
        List<Equipment> equipment, String address, Integer offerHoldMinutes,
        @JsonSerialize(using = Amounts.AsText.class) @Schema(type = "string", example = "40.00") BigDecimal lateCancelFee,
        @JsonSerialize(using = Amounts.AsText.class) @Schema(type = "string", example = "60.00") BigDecimal noShowFee) {

    static final int DEFAULT_OFFER_HOLD_MINUTES = 120;

    public Location(UUID id, String name, String timeZone, int bufferMinutes, int lateCancelHours, List<Room> rooms,
            List<Equipment> equipment, String address, Integer offerHoldMinutes) {
        this(id, name, timeZone, bufferMinutes, lateCancelHours, rooms, equipment, address, offerHoldMinutes, null,
                null);
    }

    Location(UUID id, String name, String timeZone, int bufferMinutes, int lateCancelHours, List<Room> rooms,
            List<Equipment> equipment) {
        this(id, name, timeZone, bufferMinutes, lateCancelHours, rooms, equipment, null, null);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The late-cancellation fee, 0.00 when none is set. */
    public BigDecimal lateCancelFeeOrZero() {
        return lateCancelFee == null ? Amounts.ZERO : lateCancelFee;
    }

    /** The no-show fee, 0.00 when none is set. */
    public BigDecimal noShowFeeOrZero() {
        return noShowFee == null ? Amounts.ZERO : noShowFee;
    }

    public record Room(UUID id, String name) {
    }

    /** How many units of a kind (e.g. HOT_STONE_KIT) the location has. */
    record Equipment(String kind, Integer count) {
    }
}
