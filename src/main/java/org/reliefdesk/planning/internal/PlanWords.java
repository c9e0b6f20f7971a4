package org.reliefdesk.planning.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.Screening;

/**
 * The words of a proposed plan in one language ({@code en} or {@code es}): the session template's texts and the
 * names that fill their placeholders (techniques, areas, headache locations, muscles, the screening's reasons), so
 * that a plan reads in its client's language from the first draft. English names come from the catalogues; other
 * languages from {@code clinical/session-template_<lang>.yml}.
 */
final class PlanWords {

    static final String ENGLISH = "en";
    static final String SPANISH = "es";

    private final String language;
    private final Catalogue catalogue;
    private final TemplateTexts local;
    private final Map<Restriction, String> reasons;
    private final Function<RuleText, String> rules;

    private PlanWords(String language, Catalogue catalogue, TemplateTexts local, Map<Restriction, String> reasons,
            Function<RuleText, String> rules) {
        this.language = language;
        this.catalogue = catalogue;
        this.local = local;
        this.reasons = reasons;
        this.rules = rules;
    }

    /** English words. */
    static PlanWords english(Catalogue catalogue) {
        return new PlanWords(ENGLISH, catalogue, null, Map.of(), RuleWords::english);
    }

    /** The words for a person's preferredLanguage: Spanish for "es" (any region), else English. */
    static PlanWords of(Catalogue catalogue, String preferredLanguage) {
        String language = preferredLanguage == null ? ENGLISH
                : Locale.forLanguageTag(preferredLanguage.strip()).getLanguage();
        TemplateTexts texts = catalogue.texts(language);
        return texts == null ? english(catalogue) : new PlanWords(language, catalogue, texts, Map.of(), RuleWords::english);
    }

    /**
     * These words with the screening's restriction reasons in this language: {@code translated} is {@code stored}
     * with its texts translated (same restrictions in the same order).
     */
    PlanWords withReasons(Screening stored, Screening translated) {
        Map<Restriction, String> map = new HashMap<>();
        for (int i = 0; i < stored.restrictions().size() && i < translated.restrictions().size(); i++) {
            String reason = translated.restrictions().get(i).reason();
            if (reason != null) {
                map.put(stored.restrictions().get(i), reason);
            }
        }
        return new PlanWords(language, catalogue, local, Map.copyOf(map), rules);
    }

    /** These words with the plan rules said by {@code rules} (the therapist's rule text in this language). */
    PlanWords withRules(Function<RuleText, String> rules) {
        return new PlanWords(language, catalogue, local, reasons, rules);
    }

    /** The note a caution asks for: "Caution: TRIGGER_POINT CAUTION (…): …." in this language. */
    String caution(RuleText rule) {
        return text("noteCaution", "rule", rules.apply(rule));
    }

    /** An area's note for the therapist (body-areas.yml), in this language; null when the area has none. */
    String areaNote(String code) {
        String english = catalogue.area(code).note();
        return local == null || english == null ? english : local.words().notes().getOrDefault(code, english);
    }

    String language() {
        return language;
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** A text with its {placeholders} filled in order of the given name/value pairs, its first letter capital. */
    String text(String key, String... pairs) {
        Map<String, String> texts = local == null ? catalogue.template().texts() : local.texts();
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("Missing text " + key + " for the language " + language);
        }
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            text = text.replace("{" + pairs[i] + "}", pairs[i + 1]);
        }
        if (local != null) {
            for (Map.Entry<String, String> c : local.contractions().entrySet()) {
                text = text.replaceAll("\\b" + c.getKey() + "\\b", c.getValue());
            }
        }
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The technique as a rationale names it ("Slow kneading", "el amasamiento lento"). */
    String technique(Technique technique) {
        return local == null ? technique.plain() : local.words().techniques().get(technique.code());
    }

    /** The technique as a limit names it ("Hot stones", "las piedras tibias"). */
    String techniqueName(Technique technique) {
        return local == null ? technique.name() : local.words().techniques().get(technique.code());
    }

    /** A body area inside a sentence ("your upper back", "la parte alta de su espalda"). */
    String area(String code) {
        return local == null ? catalogue.area(code).plain() : local.words().areas().get(code);
    }

    /** Where the headache usually is, as the intake's {@code headache.location} code says it. */
    String location(String code) {
        return local == null ? catalogue.headPain().locations().get(code).plain()
                : local.words().locations().get(code);
    }

    /** Muscles by their catalogue (English) names, joined ("masseter and temporalis", "el masetero y …"). */
    String muscles(List<String> names) {
        return join(names.stream().map(m -> local == null ? m : local.words().muscles().get(m)).toList());
    }

    /** A restriction's reason in this language, first letter small; "your screening limits it" without one. */
    String reason(Restriction r) {
        String reason = reasons.getOrDefault(r, r.reason());
        return reason == null || reason.isBlank() ? limit("limitScreening") : lowerFirst(reason);
    }

    String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        String and = local == null ? catalogue.template().and() : local.and();
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }

    /** A text of a limit (a reason inside another text): as written, first letter small. */
    String limit(String key, String... pairs) {
        return lowerFirst(text(key, pairs));
    }

    private static String lowerFirst(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    /** {@code clinical/session-template_<lang>.yml}: the texts, the list word, contractions and the names. */
    record TemplateTexts(Map<String, String> texts, String and, Map<String, String> contractions, Words words) {

        TemplateTexts {
            contractions = contractions == null ? Map.of() : contractions;
        }
    }

    record Words(Map<String, String> techniques, Map<String, String> areas, Map<String, String> locations,
            Map<String, String> muscles, Map<String, String> notes) {

        Words {
            notes = notes == null ? Map.of() : notes;
        }
    }
}
