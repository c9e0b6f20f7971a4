package org.reliefdesk.services;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.reliefdesk.shared.Amounts;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A bookable service: its code, name, length in minutes, the skills a therapist needs for it and its price (an
 * exact amount with two decimals in the practice's currency, {@code "95.00"} in JSON; services sit below billing,
 * so the price is a plain {@link BigDecimal} checked by {@link Amounts}).
 */
public record Service(String code, String name, int minutes, List<String> requiredSkills, boolean active,
        @JsonSerialize(using = Amounts.AsText.class) @Schema(type = "string", example = "95.00") BigDecimal price) {

    public Service {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        price = price == null ? Amounts.ZERO : price.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** A service without a price yet ({@code 0.00}). */
    public Service(String code, String name, int minutes, List<String> requiredSkills, boolean active) {
        this(code, name, minutes, requiredSkills, active, null);
    }

    /** Every service in this catalogue is a massage: a blocking screening stops all of them. */
    public boolean isMassage() {
        return true;
    }
}
