package org.reliefdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every message bundle in English and Spanish: the same keys and placeholders in both, and every key a template
 * names is defined. A missing translation fails here, never on a page (the page falls back to English).
 */
class MessageBundlesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyBundleHasASpanishFileWithTheSameKeysAndPlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames()) {
            Properties english = load(basename + ".properties");
            Properties spanish = load(basename + "_es.properties");
            for (String key : english.stringPropertyNames()) {
                if (!spanish.containsKey(key)) {
                    problems.add(basename + "_es lacks " + key);
                } else if (!placeholders(english.getProperty(key)).equals(placeholders(spanish.getProperty(key)))) {
                    problems.add(basename + "_es has other placeholders for " + key);
                }
            }
            for (String key : spanish.stringPropertyNames()) {
                if (!english.containsKey(key)) {
                    problems.add(basename + "_es has " + key + ", which English lacks");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesIsDefined() throws IOException {
        Set<String> defined = new TreeSet<>();
        for (String basename : basenames()) {
            defined.addAll(load(basename + ".properties").stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    if (!defined.contains(keys.group(1))) {
                        missing.add(keys.group(1) + " (" + template.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    static List<String> basenames() throws IOException {
        Properties settings = new Properties();
        try (Reader in = new InputStreamReader(new ClassPathResource("application.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        return Arrays.stream(settings.getProperty("spring.messages.basename").split(",")).map(String::strip).toList();
    }

    private static Properties load(String path) throws IOException {
        Properties bundle = new Properties();
        ClassPathResource resource = new ClassPathResource(path);
        if (resource.exists()) {
            try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
        }
        return bundle;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
