package org.reliefdesk.planning.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rule's words as data: a message key of the planning bundle ({@code plan.rule.*}, {@code plan.review.*}, a
 * {@code code.*} label) and its arguments, said in the reader's language by {@link RuleWords}. An argument is a
 * number, a text shown as written (a service name, an id), another {@code RuleText}, or a screening {@link Reason}.
 * Two codes are forms rather than keys: {@link #lower} and {@link #list}. Stored as JSON for a plan's review reasons.
 */
record RuleText(String code, List<Object> args) {

    static final String LOWER = "lower";
    static final String LIST = "list";

    RuleText {
        args = List.copyOf(args);
    }

    static RuleText of(String code, Object... args) {
        return new RuleText(code, Arrays.asList(args));
    }

    /** A restriction's reason as the screening stored it (English), said by the screening module. */
    record Reason(String reason) {
    }

    /** {@code text} in lower case (a label inside a sentence). */
    static RuleText lower(RuleText text) {
        return of(LOWER, text);
    }

    /** Items joined by {@code joiner}, a key whose text is the separator ({@code plan.rule.or}: " or "). */
    static RuleText list(String joiner, List<?> items) {
        List<Object> args = new ArrayList<>();
        args.add(joiner);
        args.addAll(items);
        return new RuleText(LIST, args);
    }

    /** The words in English, as the API and the audit trail have always said them. */
    String english() {
        return RuleWords.english(this);
    }

    @Override
    public String toString() {
        return english();
    }
}
