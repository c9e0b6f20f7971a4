package org.reliefdesk.intake.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reliefdesk.intake.ConditionParser;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.IntakeForm.Section;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.QuestionType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the form definition (YAML) and refuses a broken one with a message naming the problem. */
public final class FormReader {

    private static final Set<String> SECTION_KEYS = Set.of("code", "title", "intro", "copyright", "questions",
            "groups");
    private static final Set<String> GROUP_KEYS = Set.of("code", "label", "help", "none", "items");
    private static final Set<String> ITEM_KEYS = Set.of("code", "label");
    private static final Set<String> QUESTION_KEYS = Set.of("code", "type", "label", "help", "options", "min",
            "minExclusive", "max", "maxLength", "minItems", "noneValue", "required", "askedWhen", "askedWhenText",
            "requiredWhen", "requiredWhenText", "mustBe", "pastOnly", "setByServer");

    private FormReader() {
    }

    public static IntakeForm read(InputStream yaml, String name) {
        try {
            JsonNode root = YAMLMapper.builder().build().readTree(yaml);
            return build(root);
        } catch (IllegalArgumentException | JacksonException e) {
            throw new IllegalStateException("Intake form " + name + " is invalid: " + e.getMessage(), e);
        }
    }

    private static IntakeForm build(JsonNode root) {
        int version = root.path("version").asInt(0);
        require(version >= 1, "form", "needs a version of 1 or more");
        require(root.path("sections").isArray() && !root.path("sections").isEmpty(), "form", "needs sections");
        Map<String, JsonNode> specs = new LinkedHashMap<>();
        Map<String, Question> plain = new LinkedHashMap<>();
        Set<String> sectionCodes = new HashSet<>();
        for (JsonNode section : root.get("sections")) {
            String code = text(section, "code", "section");
            require(sectionCodes.add(code), code, "appears twice");
            keys(section, SECTION_KEYS, code);
            for (JsonNode question : section.path("questions")) {
                Question q = question(question, code);
                require(plain.put(q.code(), q) == null, q.code(), "appears twice");
                specs.put(q.code(), question);
            }
        }
        ConditionParser parser = ConditionParser.over(plain);
        List<Section> sections = new ArrayList<>();
        for (JsonNode section : root.get("sections")) {
            List<Question> questions = new ArrayList<>();
            for (JsonNode question : section.path("questions")) {
                String code = question.get("code").asString();
                questions.add(withConditions(plain.get(code), specs.get(code), parser));
            }
            require(!questions.isEmpty(), section.get("code").asString(), "has no questions");
            sections.add(new Section(section.get("code").asString(), text(section, "title", "section"),
                    optional(section, "intro"), optional(section, "copyright"), questions,
                    groups(section, section.get("code").asString(), byCode(questions))));
        }
        return new IntakeForm(version, sections);
    }

    private static Question question(JsonNode q, String section) {
        String code = text(q, "code", section);
        require(code.startsWith(section + ".") && code.length() > section.length() + 1, code,
                "must start with its section code '" + section + ".'");
        keys(q, QUESTION_KEYS, code);
        QuestionType type = type(q, code);
        List<Question.Option> options = options(q, code, type);
        String none = optional(q, "noneValue");
        require(none == null || options != null && options.stream().anyMatch(o -> o.value().equals(none)), code,
                "noneValue must be one of its options");
        boolean numeric = type.isNumeric();
        require(numeric || !q.has("min") && !q.has("max") && !q.has("minExclusive"), code, "min/max only on numbers");
        require(type == QuestionType.SET || !q.has("minItems"), code, "minItems only on sets");
        require(type == QuestionType.BOOLEAN || !q.has("mustBe"), code, "mustBe only on booleans");
        require(type == QuestionType.DATE || !q.has("pastOnly"), code, "pastOnly only on dates");
        return new Question(code, type, text(q, "label", code), optional(q, "help"), options, number(q, "min"),
                number(q, "minExclusive"), number(q, "max"), q.has("maxLength") ? q.get("maxLength").asInt() : null,
                q.has("minItems") ? q.get("minItems").asInt() : null, none, q.path("required").asBoolean(true), null,
                optional(q, "askedWhenText"), null, optional(q, "requiredWhenText"),
                q.has("mustBe") ? q.get("mustBe").asBoolean() : null, q.path("pastOnly").asBoolean(false),
                q.path("setByServer").asBoolean(false));
    }

    private static Question withConditions(Question q, JsonNode spec, ConditionParser parser) {
        if (!spec.has("askedWhen") && !spec.has("requiredWhen")) {
            return q;
        }
        require(!spec.has("askedWhen") || q.askedWhenText() != null, q.code(), "askedWhen needs askedWhenText");
        require(!spec.has("requiredWhen") || q.requiredWhenText() != null && !q.required(), q.code(),
                "requiredWhen needs requiredWhenText and required: false");
        return new Question(q.code(), q.type(), q.label(), q.help(), q.options(), q.min(), q.minExclusive(), q.max(),
                q.maxLength(), q.minItems(), q.noneValue(), q.required(),
                spec.has("askedWhen") ? parser.parse(spec.get("askedWhen"), q.code() + ".askedWhen") : null,
                q.askedWhenText(),
                spec.has("requiredWhen") ? parser.parse(spec.get("requiredWhen"), q.code() + ".requiredWhen") : null,
                q.requiredWhenText(), q.mustBe(), q.pastOnly(), q.setByServer());
    }

    private static Map<String, Question> byCode(List<Question> questions) {
        Map<String, Question> map = new LinkedHashMap<>();
        questions.forEach(q -> map.put(q.code(), q));
        return map;
    }

    /**
     * The section's yes/no lists: each item a required yes/no question of the section that is always asked (a list
     * cannot hide an item), each question in one list at most, a list's code not a question's.
     */
    private static List<IntakeForm.Group> groups(JsonNode section, String sectionCode, Map<String, Question> questions) {
        List<IntakeForm.Group> groups = new ArrayList<>();
        Set<String> grouped = new HashSet<>();
        for (JsonNode group : section.path("groups")) {
            String code = text(group, "code", sectionCode);
            require(code.startsWith(sectionCode + ".") && !questions.containsKey(code), code,
                    "a group's code starts with its section code and is no question's code");
            keys(group, GROUP_KEYS, code);
            List<IntakeForm.Group.Item> items = new ArrayList<>();
            for (JsonNode item : group.path("items")) {
                String member = text(item, "code", code);
                keys(item, ITEM_KEYS, member);
                Question q = questions.get(member);
                require(q != null && q.section().equals(sectionCode), member, "is not a question of " + sectionCode);
                require(q.type() == QuestionType.BOOLEAN && q.required() && q.askedWhen() == null
                        && q.mustBe() == null, member, "a group holds required yes/no questions asked of everyone");
                require(grouped.add(member), member, "is in two groups");
                items.add(new IntakeForm.Group.Item(member, text(item, "label", member)));
            }
            require(items.size() >= 2, code, "needs at least two items");
            groups.add(new IntakeForm.Group(code, text(group, "label", code), optional(group, "help"),
                    text(group, "none", code), items));
        }
        return groups;
    }

    private static QuestionType type(JsonNode q, String code) {
        String type = text(q, "type", code);
        try {
            return QuestionType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(code + ": unknown type '" + type + "'");
        }
    }

    private static List<Question.Option> options(JsonNode q, String code, QuestionType type) {
        boolean needs = type == QuestionType.CHOICE || type == QuestionType.SET;
        require(needs == q.has("options"), code, needs ? "needs options" : "takes no options");
        if (!needs) {
            return null;
        }
        List<Question.Option> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode option : q.get("options")) {
            String value = text(option, "value", code);
            require(seen.add(value), code, "option " + value + " appears twice");
            options.add(new Question.Option(value, text(option, "label", code)));
        }
        require(!options.isEmpty(), code, "needs options");
        return options;
    }

    private static void keys(JsonNode node, Set<String> allowed, String where) {
        for (String key : node.propertyNames()) {
            require(allowed.contains(key), where, "unknown key '" + key + "'");
        }
    }

    private static String text(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        require(value != null && value.isString() && !value.stringValue().isBlank(), where, "needs a " + key);
        return value.stringValue();
    }

    private static String optional(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static BigDecimal number(JsonNode node, String key) {
        JsonNode value = node.get(key);
        require(value == null || value.isNumber(), key, "must be a number");
        return value == null ? null : value.decimalValue();
    }

    private static void require(boolean ok, String where, String message) {
        if (!ok) {
            throw new IllegalArgumentException(where + ": " + message);
        }
    }
}
