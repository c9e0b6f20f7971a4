package org.reliefdesk.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.context.MessageSourceResolvable;

/**
 * The change in headache days in words that cannot be misread ("Headache days fell from 11 to 3 per 28 logged
 * days"), as a message key and its arguments for the reader's language ({@code i18n/outcomes}). Both windows are
 * put on the same footing, headache days per {@code baselineDays} logged days, rounded to one decimal; the
 * direction is read from the rounded figures, so the words never contradict the numbers shown.
 */
public record OutcomeSentence(String code, Object... arguments) implements MessageSourceResolvable {

    public static final String NO_COURSE = "outcomes.change.noCourse";
    public static final String INSUFFICIENT = "outcomes.change.insufficient";
    public static final String NONE = "outcomes.change.none";
    public static final String ROSE = "outcomes.change.rose";
    public static final String FELL = "outcomes.change.fell";
    public static final String SAME = "outcomes.change.same";

    /** The sentence for {@code outcome}'s headache days: rose, fell, stayed, none at all, or why there is none. */
    public static OutcomeSentence headacheDays(Outcome outcome) {
        if (outcome.courseStart() == null) {
            return new OutcomeSentence(NO_COURSE);
        }
        if (outcome.insufficientData()) {
            return new OutcomeSentence(INSUFFICIENT);
        }
        int per = outcome.baselineDays();
        BigDecimal before = perLogged(outcome.baseline(), per);
        BigDecimal now = perLogged(outcome.current(), per);
        int direction = now.compareTo(before);
        if (direction == 0 && before.signum() == 0) {
            return new OutcomeSentence(NONE);
        }
        String code = direction > 0 ? ROSE : direction < 0 ? FELL : SAME;
        return new OutcomeSentence(code, before, now, per);
    }

    /** The MIDAS change in words (fewer points is less disability), or null without two scores to compare. */
    public static OutcomeSentence midas(Outcome.Midas midas) {
        if (midas.change() == null) {
            return null;
        }
        int change = midas.change();
        String code = change < 0 ? "outcomes.midas.fell" : change > 0 ? "outcomes.midas.rose" : "outcomes.midas.same";
        return new OutcomeSentence(code, midas.baseline(), midas.latest(), Math.abs(change));
    }

    /** Headache days per {@code per} logged days, to one decimal (2.0 prints as "2": the bundle formats it as a plain number). */
    static BigDecimal perLogged(Outcome.Window window, int per) {
        if (window.loggedDays() == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf((long) window.headacheDays() * per)
                .divide(BigDecimal.valueOf(window.loggedDays()), 1, RoundingMode.HALF_UP);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }
}
