package org.reliefdesk.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.QuestionType;

/** The screening rule table, read and checked against the intake form. */
public record RuleBook(int version, List<ScreeningRule> rules) {

    public static final String RESOURCE = "clinical/screening-rules.yml";

    /** Derived codes a rule may use besides the form's: {@code age}, full years at screening. */
    public static final Map<String, Question> DERIVED = Map.of("age", new Question("age", QuestionType.INTEGER,
            "Age in full years at screening", null, null, null, null, null, null, null, null, false, null, null, null,
            null, null, false, false));

    public RuleBook {
        rules = List.copyOf(rules);
    }

    /** The bundled table, checked against {@code form}. */
    public static RuleBook standard(IntakeForm form) {
        try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Screening rules " + RESOURCE + " are missing");
            }
            return RuleBookReader.read(in, RESOURCE, form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
