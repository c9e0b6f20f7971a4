package org.reliefdesk.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.reliefdesk.intake.internal.FormReader;
import org.reliefdesk.intake.internal.IntakeValidation;
import tools.jackson.databind.JsonNode;

/**
 * The intake form definition (INTAKE.md), loaded and checked at start: its sections in order
 * (about, headache, warning, health, focus, midas, consent), each question with its code, type,
 * allowed values, whether it is required and when it is asked, a plain-language label and a short
 * explanation of any clinical term. It also validates answers against itself.
 */
public record IntakeForm(int version, List<Section> sections) {

    /** The bundled form's resource. */
    public static final String RESOURCE = "intake/form-v1.yml";

    public IntakeForm {
        sections = List.copyOf(sections);
    }

    /**
     * One page of the form. {@code copyright} is shown with a validated questionnaire (MIDAS). {@code groups}: how
     * the page asks some of its yes/no questions together (a way of asking, not part of the form's contract: the
     * API's form leaves them out, and each code is still its own answer).
     */
    public record Section(String code, String title, String intro, String copyright, List<Question> questions,
            @JsonIgnore List<Group> groups) {
        public Section {
            questions = List.copyOf(questions);
            groups = groups == null ? List.of() : List.copyOf(groups);
        }

        public Section(String code, String title, String intro, String copyright, List<Question> questions) {
            this(code, title, intro, copyright, questions, List.of());
        }

        /** The group that asks {@code questionCode}, if any. */
        public Optional<Group> groupOf(String questionCode) {
            return groups.stream().filter(g -> g.asks(questionCode)).findFirst();
        }
    }

    /**
     * Yes/no questions a page asks as one "tick any that apply" list with a "None of these" choice: a ticked item is
     * yes, an unticked one no, but only once the person has ticked something (an item, or "None of these"); an
     * untouched list answers nothing. Each item keeps its question's code; {@code label} is its short wording in
     * the list (the question's own label stays the full question, for the API and FHIR).
     */
    public record Group(String code, String label, String help, String noneLabel, List<Item> items) {

        /** The value "None of these" posts under the list's code. */
        public static final String NONE = "NONE";

        public Group {
            items = List.copyOf(items);
        }

        /** One line of the list: the question it answers and its wording in the list. */
        public record Item(String code, String label) {
        }

        public boolean asks(String questionCode) {
            return items.stream().anyMatch(i -> i.code().equals(questionCode));
        }

        public List<String> codes() {
            return items.stream().map(Item::code).toList();
        }
    }

    /** The bundled form (also what the application serves). */
    public static IntakeForm standard() {
        try (InputStream in = IntakeForm.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Intake form " + RESOURCE + " is missing");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a form definition; a broken one is an IllegalStateException naming the problem. */
    public static IntakeForm read(InputStream yaml, String name) {
        return FormReader.read(yaml, name);
    }

    public Optional<Question> question(String code) {
        return questions().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    @JsonIgnore
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Section> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** Checks a whole intake (the nested JSON of a submit) as of {@code today}. */
    public IntakeCheck check(JsonNode intake, LocalDate today) {
        return IntakeValidation.check(this, intake, today, null);
    }

    /** Checks one section of an intake (a page of the form); answers of other sections may be absent. */
    public IntakeCheck checkSection(String section, JsonNode intake, LocalDate today) {
        if (section(section).isEmpty()) {
            throw new IllegalArgumentException("No intake section " + section);
        }
        return IntakeValidation.check(this, intake, today, section);
    }

    /** A condition parser over this form's codes plus {@code extra} derived codes (such as {@code age}). */
    public ConditionParser conditions(Map<String, Question> extra) {
        Map<String, Question> all = new LinkedHashMap<>();
        questions().forEach(q -> all.put(q.code(), q));
        all.putAll(extra);
        return ConditionParser.over(all);
    }
}
