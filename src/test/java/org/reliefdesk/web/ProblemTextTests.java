package org.reliefdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProblemTextTests {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    /** A message the code writes: a field error, or the text of a problem it throws. */
    static final Pattern MESSAGE = Pattern.compile("(?:\\badd\\(\\s*(?:\"[^\"]*\"|[\\w.()]+)\\s*,\\s*|new (?:RuleViolation|Conflict|"
            + "Forbidden)Exception\\(\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"\\s*([)+.])");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "is required                                | es obligatorio",
        "must be at most 200 characters             | debe tener como máximo 200 caracteres",
        "must be at most 200 characters of JSON     | debe tener como máximo 200 caracteres de JSON",
        "Booking not found                          | No se encontró la reserva",
        "The payments (120.00) come to more than the total (95.00) | Los pagos (120.00) suman más que el total (95.00)",
        "Parameter 'page' has the wrong type        | El parámetro 'page' tiene un tipo incorrecto",
        "something no template knows                | something no template knows"})
    void saysTheMessageInSpanishWithItsValues(String english, String spanish) {
        assertThat(ProblemText.translate(english, SPANISH)).isEqualTo(spanish);
        assertThat(ProblemText.translate(english, Locale.ENGLISH)).isEqualTo(english);
    }

    @Test
    void aRuleTakenFromAPagesBundleInEnglishIsSaidWithItsSpanish() {
        assertThat(ProblemText.translate("must be a phone number: 7 to 15 digits, with spaces, dashes, dots or brackets"
                + " and an optional leading +", SPANISH)).startsWith("debe ser un número de teléfono");
    }

    @Test
    void aFieldMessageBesideItsFieldIsASentence() {
        assertThat(ProblemText.sentence("is required", Locale.ENGLISH)).isEqualTo("This is required.");
        assertThat(ProblemText.sentence("is required", SPANISH)).isEqualTo("Este dato es obligatorio.");
        assertThat(ProblemText.sentence("That time is no longer free", SPANISH)).isEqualTo("Ese horario ya no está libre");
        assertThat(ProblemText.title(404, "Not Found", SPANISH)).isEqualTo("No encontrado");
    }

    /**
     * Every message written in the code has a template, so a Spanish reader never meets one left in English. A
     * message built from parts (or wrapped by its caller, as a plan's block rules are) needs a template holding
     * its literal part.
     */
    @Test
    void everyMessageTheCodeWritesHasATemplate() throws IOException {
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = MESSAGE.matcher(Files.readString(source));
                while (m.find()) {
                    String literal = m.group(1).replace("\\\"", "\"");
                    boolean whole = m.group(2).equals(")");
                    if (whole ? !ProblemText.known(literal) && !ProblemText.covers(literal) : !ProblemText.covers(literal)) {
                        unknown.add(literal + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }
}
