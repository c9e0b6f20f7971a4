package org.reliefdesk.intake;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One answer from a posted form page, as JSON: numbers and true/false typed when they parse, any other
 * text kept exactly as typed (the check then names the problem), blank as absent. A set is the ticked
 * values; nothing ticked is "none" only for a set without a none option that was on the page (its
 * hidden {@code _code} marker) — where a none option exists, the client must tick it.
 */
final class PostedAnswer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}([.,]\\d{1,6})?");

    private PostedAnswer() {
    }

    static JsonNode read(Question q, java.util.Map<String, String[]> params) {
        if (q.setByServer()) {
            return null;
        }
        String[] values = params.get(q.code());
        if (q.type() == QuestionType.SET) {
            return set(q, values, params.containsKey("_" + q.code()));
        }
        String text = values == null || values.length == 0 ? null : values[0].strip();
        if (text == null || text.isEmpty()) {
            return null;
        }
        return switch (q.type()) {
            case BOOLEAN -> text.equals("true") || text.equals("false") ? NODES.booleanNode(text.equals("true"))
                    : NODES.stringNode(text);
            case INTEGER, NUMBER -> NUMBER.matcher(text).matches()
                    ? NODES.numberNode(new BigDecimal(text.replace(',', '.'))) : NODES.stringNode(text);
            default -> NODES.stringNode(text);
        };
    }

    private static JsonNode set(Question q, String[] values, boolean onPage) {
        if (values == null || values.length == 0) {
            return onPage && q.noneValue() == null ? NODES.arrayNode() : null;
        }
        ArrayNode array = NODES.arrayNode();
        Arrays.stream(values).filter(v -> !v.isBlank()).distinct().forEach(array::add);
        return array;
    }
}
