package org.reliefdesk.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.reliefdesk.intake.IntakeForm.Group;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A yes/no list from a posted page (its hidden {@code _code} marker says the list was on the page): each item a
 * checkbox named by its question's code (value {@code true}), "None of these" a checkbox named by the list's code
 * (value {@code NONE}). Read the way safest for the client: an untouched list answers nothing (never "no to all");
 * ticked items are yes and the rest no once something is ticked; "None of these" alone is no to all; "None of
 * these" with a ticked item keeps only the ticked items (the rest stay unanswered) and is a problem to fix.
 * Without the marker (a post that is not the page's), each item is read as its own yes/no answer.
 */
final class PostedGroup {

    private static final String NONE = Group.NONE;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PostedGroup() {
    }

    /** "None of these" ticked together with at least one item. */
    static boolean noneWithTicks(Group group, Map<String, String[]> params) {
        return onPage(group, params) && none(group, params) && !ticked(group, params).isEmpty();
    }

    /** The answer the posted list gives to one of its items: true, false, or null (unanswered). */
    static JsonNode answer(Group group, String code, Map<String, String[]> params) {
        List<String> ticked = ticked(group, params);
        boolean none = none(group, params);
        if (ticked.contains(code)) {
            return NODES.booleanNode(true);
        }
        // no to an unticked item only when exactly one kind of answer was given: "None of these", or ticked items
        boolean answered = ticked.isEmpty() ? none : !none;
        return answered ? NODES.booleanNode(false) : null;
    }

    static boolean onPage(Group group, Map<String, String[]> params) {
        return params.containsKey("_" + group.code());
    }

    private static boolean none(Group group, Map<String, String[]> params) {
        String[] values = params.get(group.code());
        return values != null && Arrays.asList(values).contains(NONE);
    }

    private static List<String> ticked(Group group, Map<String, String[]> params) {
        return group.codes().stream().filter(code -> {
            String[] values = params.get(code);
            return values != null && Arrays.asList(values).contains("true");
        }).toList();
    }
}
