package org.reliefdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Problem details and field messages in the reader's language. The code writes them in English (some with values
 * in them: "must be at most 200 characters"); {@code i18n/problems.properties} lists each as a template ("must be at
 * most {0} characters") and {@code problems_es} says the same in Spanish; a message the code took in English from
 * another bundle is found there by its words. A message no template matches stays as written
 * (MessageBundlesTests and ProblemTextTests keep that from happening for the code's own messages).
 */
public final class ProblemText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final List<Template> TEMPLATES = templates();
    private static final Properties SPANISH = load("i18n/problems_es.properties");

    private ProblemText() {
    }

    /** {@code message} for a reader of {@code locale}: Spanish when there is a translation, else as written. */
    public static String translate(String message, Locale locale) {
        if (message == null || locale == null || !"es".equals(locale.getLanguage())) {
            return message;
        }
        for (Template template : TEMPLATES) {
            Matcher m = template.pattern().matcher(message);
            if (m.matches()) {
                String spanish = template.spanish();
                Object[] values = new Object[m.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = m.group(i + 1);
                }
                return values.length == 0 ? spanish : new MessageFormat(spanish, locale).format(values);
            }
        }
        return message;
    }

    /** The title of a status ("Not Found") in the reader's language. */
    public static String title(int status, String english, Locale locale) {
        String key = "problem.title." + status;
        return locale != null && "es".equals(locale.getLanguage()) && SPANISH.containsKey(key)
                ? SPANISH.getProperty(key) : english;
    }

    /** A field message as a sentence beside its field: "is required" reads "This is required." */
    public static String sentence(String message, Locale locale) {
        String translated = translate(message, locale);
        boolean fragment = message.startsWith("is ") || message.startsWith("must ");
        if (!fragment) {
            return translated;
        }
        String pattern = locale != null && "es".equals(locale.getLanguage())
                ? SPANISH.getProperty("problem.sentence", "{0}") : "This {0}.";
        return new MessageFormat(pattern, locale == null ? Locale.ENGLISH : locale).format(new Object[] {translated});
    }

    /** True when {@code message} is one the bundle knows (used by the tests). */
    static boolean known(String message) {
        return TEMPLATES.stream().anyMatch(t -> t.pattern().matcher(message).matches());
    }

    /** True when some template holds {@code fragment} among its words (the literal part of a built message). */
    static boolean covers(String fragment) {
        return TEMPLATES.stream().anyMatch(t -> t.text().contains(fragment.strip()));
    }

    private record Template(String key, Pattern pattern, int literalLength, String text, String spanish, int rank) {
    }

    /**
     * The problems bundle first, then every other message bundle: a message the code took from a bundle in
     * English (a field rule kept with its page texts) is found by its English words and said with the same key's
     * Spanish.
     */
    private static List<Template> templates() {
        List<Template> templates = new ArrayList<>();
        collect(templates, "i18n/problems", 0);
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(ProblemText.class.getClassLoader())
                    .getResources("classpath*:i18n/*.properties")) {
                String name = resource.getFilename();
                if (name != null && !name.contains("_") && !name.equals("problems.properties")) {
                    collect(templates, "i18n/" + name.substring(0, name.length() - ".properties".length()), 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        collect(templates, "messages", 1);
        templates.sort(Comparator.comparingInt(Template::rank)
                .thenComparing(Comparator.comparingInt(Template::literalLength).reversed()));
        return List.copyOf(templates);
    }

    private static void collect(List<Template> templates, String bundle, int rank) {
        Properties english = load(bundle + ".properties");
        Properties spanish = load(bundle + "_es.properties");
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            boolean hasValues = PLACEHOLDER.matcher(text).find();
            if (hasValues) {
                text = text.replace("''", "'");
            }
            int literalLength = PLACEHOLDER.matcher(text).replaceAll("").length();
            if (key.startsWith("problem.title.") || key.equals("problem.sentence") || literalLength < 4
                    || !spanish.containsKey(key)) {
                continue;
            }
            StringBuilder regex = new StringBuilder();
            Matcher m = PLACEHOLDER.matcher(text);
            int at = 0;
            while (m.find()) {
                regex.append(Pattern.quote(text.substring(at, m.start()))).append("(.*?)");
                at = m.end();
            }
            regex.append(Pattern.quote(text.substring(at)));
            templates.add(new Template(key, Pattern.compile(regex.toString(), Pattern.DOTALL), literalLength, text,
                    spanish.getProperty(key), rank));
        }
    }

    private static Properties load(String path) {
        Properties bundle = new Properties();
        try (InputStream in = ProblemText.class.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }
}
