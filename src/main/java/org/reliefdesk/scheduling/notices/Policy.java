package org.reliefdesk.scheduling.notices;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** The late-cancellation policy in plain words, as every booking message carries it. */
public final class Policy {

    private Policy() {
    }

    /** "24 hours", "1 hour", "2 days". */
    public static String window(int hours) {
        if (hours >= 48 && hours % 24 == 0) {
            return hours / 24 + " days";
        }
        return hours == 1 ? "1 hour" : hours + " hours";
    }

    /** The sentence for a location's window; {@code phone} may be blank. */
    public static String sentence(int lateCancelHours, String phone) {
        String call = phone == null || phone.isBlank() ? "please call us" : "please call us on " + phone.strip();
        if (lateCancelHours == 0) {
            return "Cancellation policy: you can cancel or move a session online at any time before it starts;"
                    + " if you cannot come, " + call + ".";
        }
        String window = window(lateCancelHours);
        return "Cancellation policy: you can cancel or move a session online until " + window
                + " before it starts. Within " + window + " of the start, " + call
                + "; a cancellation that late is recorded as a late cancellation.";
    }

    /** The sentence followed by the fees' sentence ({@link #fees}), when there is one. */
    public static String sentence(int lateCancelHours, String phone, String fees) {
        String sentence = sentence(lateCancelHours, phone);
        return fees == null || fees.isBlank() ? sentence : sentence + " " + fees;
    }

    /**
     * What the policy costs, in the client's words: "Cancelling within 24 hours or not coming costs $40.00.";
     * empty when neither fee is above zero. A late cancellation only costs something when there is a window.
     */
    public static String fees(int lateCancelHours, BigDecimal lateCancelFee, BigDecimal noShowFee, String currency) {
        boolean late = lateCancelHours > 0 && lateCancelFee != null && lateCancelFee.signum() > 0;
        boolean noShow = noShowFee != null && noShowFee.signum() > 0;
        String within = "Cancelling within " + window(lateCancelHours);
        if (late && noShow && lateCancelFee.compareTo(noShowFee) == 0) {
            return within + " or not coming costs " + money(lateCancelFee, currency) + ".";
        }
        if (late && noShow) {
            return within + " costs " + money(lateCancelFee, currency) + "; not coming costs "
                    + money(noShowFee, currency) + ".";
        }
        if (late) {
            return within + " costs " + money(lateCancelFee, currency) + ".";
        }
        return noShow ? "Not coming costs " + money(noShowFee, currency) + "." : "";
    }

    /** "$40.00" (messages are written in English; the currency is the practice's). */
    static String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(Currency.getInstance(currency == null ? "USD" : currency));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
