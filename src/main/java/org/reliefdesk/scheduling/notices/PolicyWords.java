package org.reliefdesk.scheduling.notices;

import java.math.BigDecimal;

import org.reliefdesk.notifications.Letter;

/** The cancellation policy and what it costs, in the recipient's language (as {@link Policy} says it in English). */
final class PolicyWords {

    private PolicyWords() {
    }

    /** "24 hours", "1 hour", "2 days" — "24 horas", "1 hora", "2 días". */
    static String window(Letter.Words words, int hours) {
        return hours >= 48 && hours % 24 == 0 ? words.text("mail.window.days", hours / 24)
                : words.text("mail.window.hours", hours);
    }

    /** The policy's sentence, then the fees' sentence when the location charges any. */
    static String sentence(Letter.Words words, Venue venue) {
        String phone = venue.sender().phone();
        String call = phone == null || phone.isBlank() ? words.text("mail.policy.call")
                : words.text("mail.policy.callOn", phone.strip());
        int hours = venue.sender().lateCancelHours();
        String policy = hours == 0 ? words.text("mail.policy.anytime", call)
                : words.text("mail.policy.window", window(words, hours), call);
        String fees = fees(words, hours, venue.lateCancelFee(), venue.noShowFee(), venue.currency());
        return fees.isEmpty() ? policy : policy + " " + fees;
    }

    /** Empty when neither fee is above zero; a late cancellation only costs something when there is a window. */
    static String fees(Letter.Words words, int hours, BigDecimal lateFee, BigDecimal noShowFee, String currency) {
        boolean late = hours > 0 && lateFee != null && lateFee.signum() > 0;
        boolean noShow = noShowFee != null && noShowFee.signum() > 0;
        if (late && noShow) {
            return lateFee.compareTo(noShowFee) == 0
                    ? words.text("mail.fees.same", window(words, hours), words.money(lateFee, currency))
                    : words.text("mail.fees.both", window(words, hours), words.money(lateFee, currency),
                            words.money(noShowFee, currency));
        }
        if (late) {
            return words.text("mail.fees.late", window(words, hours), words.money(lateFee, currency));
        }
        return noShow ? words.text("mail.fees.noShow", words.money(noShowFee, currency)) : "";
    }
}
