package org.reliefdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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
 * No message key is left behind: every key of the bundles is named by a template, the Java sources or the tests —
 * whole ({@code #{booking.done.policy}}, {@code "mail.greeting"}), or by a quoted prefix the code completes
 * ({@code #{'code.Skill.' + ${s}}}, {@code "mail.invitation"} + {@code ".subject"}). The check errs on the side of
 * "used" (a key in a comment counts), so it never fails a key that is in use; {@link #DYNAMIC} lists the prefixes
 * looked up another way.
 */
class UnusedMessageKeysTests {

    /** Problem texts are found by their English wording ({@code ProblemText}; {@link ProblemTextTests} checks them). */
    static final List<String> DYNAMIC = List.of("problem.");

    /** A quoted key or key prefix with at least one dot: {@code 'code.Skill.'}, {@code "mail.invitation"}. */
    private static final Pattern QUOTED = Pattern.compile("[\"']([A-Za-z][\\w-]*(?:\\.[\\w-]*)+)[\"']");

    private static final List<String> SOURCES = List.of("src/main/java", "src/test/java", "src/main/resources/templates",
            "src/main/resources/static");

    @Test
    void everyKeyIsUsedSomewhere() throws IOException {
        String code = sources();
        Set<String> quoted = new HashSet<>();
        Matcher m = QUOTED.matcher(code);
        while (m.find()) {
            quoted.add(m.group(1));
        }
        Set<String> unused = new TreeSet<>();
        for (String basename : MessageBundlesTests.basenames()) {
            for (String key : load(basename + ".properties").stringPropertyNames()) {
                if (DYNAMIC.stream().noneMatch(key::startsWith) && !code.contains(key)
                        && !byPrefix(key, quoted)) {
                    unused.add(key + " (" + basename + ")");
                }
            }
        }
        assertThat(unused).as("keys nothing names: remove them from the English and the Spanish bundle").isEmpty();
    }

    @Test
    void aKeyBuiltFromAQuotedPrefixCountsAsUsed() {
        assertThat(byPrefix("code.Skill.MIGRAINE", Set.of("code.Skill."))).isTrue();
        assertThat(byPrefix("mail.invitation.subject", Set.of("mail.invitation"))).isTrue();
        assertThat(byPrefix("mail.invitation.subject", Set.of("mail.invit"))).isFalse();
        assertThat(byPrefix("home.client.title", Set.of("home.clients."))).isFalse();
    }

    /** Whether a dot-bounded prefix of {@code key} ({@code a.b} or {@code a.b.}) is quoted in the code. */
    static boolean byPrefix(String key, Set<String> quoted) {
        for (int dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
            String prefix = key.substring(0, dot);
            if (quoted.contains(prefix + ".") || prefix.contains(".") && quoted.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String root : SOURCES) {
            if (!Files.isDirectory(Path.of(root))) {
                continue;
            }
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).filter(UnusedMessageKeysTests::isText).toList()) {
                    all.append(Files.readString(file)).append('\n');
                }
            }
        }
        return all.toString();
    }

    /** Sources, templates and scripts, but this class (whose examples are not uses). */
    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return !name.equals("UnusedMessageKeysTests.java")
                && (name.endsWith(".java") || name.endsWith(".html") || name.endsWith(".js"));
    }

    private static Properties load(String path) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }
}
