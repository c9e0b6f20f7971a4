package org.reliefdesk.scheduling.notices;

import java.math.BigDecimal;
import java.util.Locale;

import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.shared.Amounts;
import org.springframework.context.MessageSource;

/**
 * The cancellation policy and what it costs, in the reader's language, for the pages and the emails alike: one
 * wording from the location's numbers, through the {@code booking.policy.*} and {@code booking.fees.*} keys. Pages
 * show {@link #sentence} under a heading; emails and calendar files carry {@link #note}, which names the policy.
 */
public record PolicyWords(MessageSource messages, Locale locale) {

    /** "24 hours", "1 hour", "2 days" — "24 horas", "1 hora", "2 días". */
    public String window(int hours) {
        return hours >= 48 && hours % 24 == 0 ? text("booking.policy.days", hours / 24)
                : text("booking.policy.hours", hours);
    }

    /** The policy for a location's window; {@code phone} may be blank. */
    public String sentence(int hours, String phone) {
        boolean call = phone != null && !phone.isBlank();
        String number = call ? phone.strip() : "";
        if (hours == 0) {
            return text(call ? "booking.policy.anyTimePhone" : "booking.policy.anyTime", number);
        }
        return text(call ? "booking.policy.windowPhone" : "booking.policy.window", window(hours), number);
    }

    /** What a location's policy costs ("Cancelling within 24 hours or not coming costs $40.00."), or "". */
    public String fees(Location location, String currency) {
        return fees(location.lateCancelHours(), location.lateCancelFeeOrZero(), location.noShowFeeOrZero(), currency);
    }

    /** Empty when neither fee is above zero; a late cancellation only costs something when there is a window. */
    public String fees(int hours, BigDecimal lateFee, BigDecimal noShowFee, String currency) {
        boolean late = hours > 0 && lateFee != null && lateFee.signum() > 0;
        boolean noShow = noShowFee != null && noShowFee.signum() > 0;
        if (late && noShow) {
            return lateFee.compareTo(noShowFee) == 0
                    ? text("booking.fees.same", window(hours), money(lateFee, currency))
                    : text("booking.fees.both", window(hours), money(lateFee, currency), money(noShowFee, currency));
        }
        if (late) {
            return text("booking.fees.late", window(hours), money(lateFee, currency));
        }
        return noShow ? text("booking.fees.noShow", money(noShowFee, currency)) : "";
    }

    /** "Cancellation policy: " then the sentence and, when the location charges any, the fees. */
    public String note(int hours, String phone, BigDecimal lateFee, BigDecimal noShowFee, String currency) {
        String fees = fees(hours, lateFee, noShowFee, currency);
        String policy = sentence(hours, phone);
        return text("booking.policy.note", fees.isEmpty() ? policy : policy + " " + fees);
    }

    /** A location's policy note, as every booking email and calendar file carries it. */
    String note(Venue venue) {
        return note(venue.sender().lateCancelHours(), venue.sender().phone(), venue.lateCancelFee(), venue.noShowFee(),
                venue.currency());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String money(BigDecimal amount, String currency) {
        return Amounts.format(amount, currency, locale);
    }
}
