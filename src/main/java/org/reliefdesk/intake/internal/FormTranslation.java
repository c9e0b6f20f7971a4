package org.reliefdesk.intake.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.IntakeForm.Section;
import org.reliefdesk.intake.Question;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The intake form in the reader's language. English is the form definition itself (its YAML); other
 * languages come from {@code i18n/intake-form_<lang>.properties}, keyed by the form's codes (and its yes/no
 * lists' codes). Codes, types and rules never change; the MIDAS items are never translated (a validated
 * questionnaire is shown word for word, CLINICAL.md 8), and a missing key keeps the English text.
 */
public final class FormTranslation {

    public static final String BUNDLE = "i18n/intake-form";
    public static final String MIDAS = "midas";

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final Map<String, IntakeForm> forms = new ConcurrentHashMap<>();

    public FormTranslation() {
        texts.setBasename(BUNDLE);
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    /** The form with its texts in {@code locale}'s language (the form itself for English). */
    public IntakeForm in(IntakeForm form, Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        if (language.isEmpty() || language.equals("en")) {
            return form;
        }
        return forms.computeIfAbsent(language + "/" + form.version() + "/" + System.identityHashCode(form),
                k -> translate(form, Locale.forLanguageTag(language)));
    }

    private IntakeForm translate(IntakeForm form, Locale locale) {
        List<Section> sections = form.sections().stream().map(s -> new Section(s.code(),
                text("intake.section." + s.code() + ".title", s.title(), locale),
                text("intake.section." + s.code() + ".intro", s.intro(), locale), s.copyright(),
                s.code().equals(MIDAS) ? s.questions() : s.questions().stream().map(q -> question(q, locale)).toList(),
                s.groups().stream().map(g -> group(g, locale)).toList()))
                .toList();
        return new IntakeForm(form.version(), sections);
    }

    private Question question(Question q, Locale locale) {
        String key = "intake.q." + q.code();
        List<Question.Option> options = q.options() == null ? null : q.options().stream()
                .map(o -> new Question.Option(o.value(),
                        text("intake.option." + q.code() + "." + o.value(), o.label(), locale)))
                .toList();
        return new Question(q.code(), q.type(), text(key + ".label", q.label(), locale),
                text(key + ".help", q.help(), locale), options, q.min(), q.minExclusive(), q.max(), q.maxLength(),
                q.minItems(), q.noneValue(), q.required(), q.askedWhen(),
                text(key + ".askedWhen", q.askedWhenText(), locale), q.requiredWhen(),
                text(key + ".requiredWhen", q.requiredWhenText(), locale), q.mustBe(), q.pastOnly(), q.setByServer());
    }

    /** A yes/no list: intake.group.<code>.label|help|none, and each item's wording as intake.item.<question code>. */
    private IntakeForm.Group group(IntakeForm.Group g, Locale locale) {
        String key = "intake.group." + g.code();
        return new IntakeForm.Group(g.code(), text(key + ".label", g.label(), locale),
                text(key + ".help", g.help(), locale), text(key + ".none", g.noneLabel(), locale),
                g.items().stream().map(i -> new IntakeForm.Group.Item(i.code(),
                        text("intake.item." + i.code(), i.label(), locale))).toList());
    }

    private String text(String key, String english, Locale locale) {
        return english == null ? null : texts.getMessage(key, null, english, locale);
    }
}
