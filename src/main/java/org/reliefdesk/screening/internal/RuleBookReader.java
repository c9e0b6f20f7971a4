package org.reliefdesk.screening.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.reliefdesk.intake.ConditionParser;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Question;
import org.reliefdesk.screening.Modality;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.RestrictionLevel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the rule table and refuses a broken one: the application does not start with a rule that
 * names an unknown intake code, a value the question does not allow, an unknown modality or area,
 * a missing reason or source, or a text that calls a suggestion a diagnosis.
 */
public final class RuleBookReader {

    private static final Set<String> KEYS = Set.of("id", "section", "warningSign", "when", "flag", "severity",
            "restrictions", "restrictionReason", "clientReason", "therapistReason", "source");
    private static final Set<String> RESTRICTION_KEYS = Set.of("modality", "level", "areas");

    private RuleBookReader() {
    }

    public static RuleBook read(InputStream yaml, String name, IntakeForm form) {
        try {
            JsonNode root = YAMLMapper.builder().build().readTree(yaml);
            int version = root.path("version").asInt(0);
            require(version >= 1, "table", "needs a version of 1 or more");
            require(root.path("rules").isArray() && !root.path("rules").isEmpty(), "table", "needs rules");
            ConditionParser parser = form.conditions(RuleBook.DERIVED);
            Question areas = form.question("focus.areas").orElseThrow(() -> problem("form", "has no focus.areas"));
            List<ScreeningRule> rules = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (JsonNode rule : root.get("rules")) {
                ScreeningRule read = rule(rule, parser, areas);
                require(ids.add(read.id()), read.id(), "appears twice");
                rules.add(read);
            }
            return new RuleBook(version, rules);
        } catch (IllegalArgumentException | JacksonException e) {
            throw new IllegalStateException("Screening rules " + name + " are invalid: " + e.getMessage(), e);
        }
    }

    private static ScreeningRule rule(JsonNode rule, ConditionParser parser, Question areas) {
        String id = text(rule, "id", "rule");
        require(id.matches("[A-Z0-9]+(-[A-Z0-9]+)*"), id, "id must be UPPER-KEBAB-CASE");
        for (String key : rule.propertyNames()) {
            require(KEYS.contains(key), id, "unknown key '" + key + "'");
        }
        int section = rule.path("section").asInt(0);
        require(section == 1 || section == 3 || section == 4, id, "section must be 1, 3 or 4 (CLINICAL.md)");
        String flag = text(rule, "flag", id);
        require(flag.matches("[A-Z]+(_[A-Z]+)*"), id, "flag must be UPPER_SNAKE_CASE");
        Severity severity = severity(text(rule, "severity", id), id);
        boolean warningSign = rule.path("warningSign").asBoolean(false);
        require(!warningSign || section == 1 && severity.stopsPattern(), id,
                "only section-1 URGENT or CLEARANCE rules are warning signs");
        require(rule.has("when"), id, "needs a 'when' condition");
        String reason = rule.has("restrictions") ? text(rule, "restrictionReason", id) : null;
        List<Restriction> restrictions = restrictions(rule, reason, areas, id);
        return new ScreeningRule(id, section, warningSign, parser.parse(rule.get("when"), id + ".when"), flag, severity,
                restrictions, plain(rule, "clientReason", id), plain(rule, "therapistReason", id),
                text(rule, "source", id));
    }

    private static List<Restriction> restrictions(JsonNode rule, String reason, Question areas, String id) {
        List<Restriction> restrictions = new ArrayList<>();
        for (JsonNode r : rule.path("restrictions")) {
            for (String key : r.propertyNames()) {
                require(RESTRICTION_KEYS.contains(key), id, "unknown restriction key '" + key + "'");
            }
            Modality modality = value(Modality.class, text(r, "modality", id), id);
            RestrictionLevel level = value(RestrictionLevel.class, text(r, "level", id), id);
            List<String> limited = new ArrayList<>();
            for (JsonNode area : r.path("areas")) {
                require(areas.allows(area.asString()), id, "unknown area '" + area.asString() + "'");
                limited.add(area.asString());
            }
            restrictions.add(new Restriction(modality, level, limited, reason));
        }
        require(reason == null || !restrictions.isEmpty(), id, "restrictionReason without restrictions");
        return restrictions;
    }

    private static Severity severity(String value, String id) {
        return value(Severity.class, value, id);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value, String id) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw problem(id, "unknown " + type.getSimpleName() + " '" + value + "'");
        }
    }

    private static String plain(JsonNode node, String key, String id) {
        String text = text(node, key, id);
        require(!text.toLowerCase(Locale.ROOT).contains("diagnos"), id, key + " must not speak of a diagnosis");
        return text;
    }

    private static String text(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        require(value != null && value.isString() && !value.stringValue().isBlank(), where, "needs a " + key);
        return value.stringValue().strip();
    }

    private static void require(boolean ok, String where, String message) {
        if (!ok) {
            throw problem(where, message);
        }
    }

    private static IllegalArgumentException problem(String where, String message) {
        return new IllegalArgumentException(where + ": " + message);
    }
}
