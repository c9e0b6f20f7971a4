package org.reliefdesk.scheduling.booked;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.reliefdesk.scheduling.practice.Location;
import org.springframework.context.MessageSource;

/**
 * The cancellation policy and its fees as the client's pages say it, in the reader's language: the same terms as
 * the booking emails ({@code notices.Policy}), worded through the {@code booking.policy.*} and {@code booking.fees.*}
 * keys.
 */
public final class PolicyWords {

    private PolicyWords() {
    }

    /** "24 hours", "1 hour", "2 days" in the reader's language. */
    public static String window(MessageSource messages, int hours, Locale locale) {
        if (hours >= 48 && hours % 24 == 0) {
            return messages.getMessage("booking.policy.days", new Object[] {hours / 24}, locale);
        }
        return messages.getMessage("booking.policy.hours", new Object[] {hours}, locale);
    }

    /** The policy sentence for a location; {@code phone} may be blank. */
    public static String sentence(MessageSource messages, int hours, String phone, Locale locale) {
        boolean call = phone != null && !phone.isBlank();
        String phoneText = call ? phone.strip() : "";
        if (hours == 0) {
            return messages.getMessage(call ? "booking.policy.anyTimePhone" : "booking.policy.anyTime",
                    new Object[] {phoneText}, locale);
        }
        return messages.getMessage(call ? "booking.policy.windowPhone" : "booking.policy.window",
                new Object[] {window(messages, hours, locale), phoneText}, locale);
    }

    /** What the policy costs ("Cancelling within 24 hours or not coming costs $40.00."), or "" when nothing. */
    public static String fees(MessageSource messages, Location location, String currency, Locale locale) {
        BigDecimal lateFee = location.lateCancelFeeOrZero();
        BigDecimal noShowFee = location.noShowFeeOrZero();
        boolean late = location.lateCancelHours() > 0 && lateFee.signum() > 0;
        boolean noShow = noShowFee.signum() > 0;
        String within = window(messages, location.lateCancelHours(), locale);
        if (late && noShow) {
            return lateFee.compareTo(noShowFee) == 0
                    ? messages.getMessage("booking.fees.same", new Object[] {within, money(lateFee, currency, locale)},
                            locale)
                    : messages.getMessage("booking.fees.both", new Object[] {within, money(lateFee, currency, locale),
                            money(noShowFee, currency, locale)}, locale);
        }
        if (late) {
            return messages.getMessage("booking.fees.late", new Object[] {within, money(lateFee, currency, locale)},
                    locale);
        }
        return noShow ? messages.getMessage("booking.fees.noShow", new Object[] {money(noShowFee, currency, locale)},
                locale) : "";
    }

    /** "$40.00"; a reader of Spanish in a US practice reads dollars as the US writes them. */
    static String money(BigDecimal amount, String currency, Locale locale) {
        Locale shape = locale.getCountry().isEmpty() ? new Locale(locale.getLanguage(), "US") : locale;
        NumberFormat format = NumberFormat.getCurrencyInstance(shape);
        format.setCurrency(Currency.getInstance(currency == null ? "USD" : currency));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
