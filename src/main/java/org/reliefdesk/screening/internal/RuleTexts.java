package org.reliefdesk.screening.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.reliefdesk.screening.Flag;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.Screening.HeadachePattern;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * A screening's words in the reader's language. A screening is stored as computed, in English (the rule
 * table's texts); other languages come from {@code i18n/screening-rules_<lang>.properties}, keyed by rule id
 * ({@code rule.<id>.client}, {@code .therapist}, {@code .restriction}) and by the pattern criteria's words
 * ({@code criterion.<words>}). A text the current table no longer has is shown as stored.
 */
@Component
public class RuleTexts {

    static final String BUNDLE = "i18n/screening-rules";

    private final RuleBook rules;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    RuleTexts(RuleBook rules) {
        this.rules = rules;
        texts.setBasename(BUNDLE);
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    /** The screening with its reasons, restrictions and criteria in {@code locale}'s language. */
    public Screening in(Screening s, Locale locale) {
        if (locale == null || locale.getLanguage().equals("en") || locale.getLanguage().isEmpty()) {
            return s;
        }
        List<Flag> flags = s.flags().stream().map(f -> flag(f, locale)).toList();
        List<Restriction> restrictions = s.restrictions().stream().map(r -> new Restriction(r.modality(), r.level(),
                r.areas(), restriction(r.reason(), locale))).toList();
        HeadachePattern p = s.headachePattern();
        HeadachePattern pattern = p == null ? null : new HeadachePattern(p.suggestion(),
                p.criteriaMet().stream().map(c -> text("criterion." + slug(c), c, locale)).toList(),
                p.medicationOveruseRisk());
        return new Screening(s.intakeId(), s.clientId(), s.intakeVersion(), s.status(), flags, restrictions, pattern,
                s.midas(), s.clearance());
    }

    Flag flag(Flag f, Locale locale) {
        Optional<ScreeningRule> rule = rules.rules().stream()
                .filter(r -> r.flag().equals(f.code()) && r.severity().name().equals(f.severity()))
                .filter(r -> r.clientReason().equals(f.message())).findFirst()
                .or(() -> rules.rules().stream()
                        .filter(r -> r.flag().equals(f.code()) && r.severity().name().equals(f.severity())).findFirst());
        if (rule.isEmpty()) {
            return f;
        }
        String id = rule.get().id();
        return new Flag(f.code(), f.severity(), text("rule." + id + ".client", f.message(), locale),
                text("rule." + id + ".therapist", f.therapistReason(), locale), f.source());
    }

    /** A merged restriction reason ("Reason one; reason two") with each part translated. */
    String restriction(String reason, Locale locale) {
        if (reason == null || reason.isBlank()) {
            return reason;
        }
        String joined = Arrays.stream(reason.split("; ")).map(part -> rules.rules().stream()
                        .filter(r -> !r.restrictions().isEmpty()
                                && r.restrictions().get(0).reason().equalsIgnoreCase(part))
                        .findFirst().map(r -> text("rule." + r.id() + ".restriction", part, locale)).orElse(part))
                .collect(Collectors.joining("; "));
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    /** The key part for a criterion's English words: lower case, runs of other characters as one dash. */
    static String slug(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private String text(String key, String fallback, Locale locale) {
        return texts.getMessage(key, null, fallback, locale);
    }
}
