package org.reliefdesk.interop.fhir.clinical;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.reliefdesk.intake.Condition;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.QuestionType;
import org.reliefdesk.interop.fhir.PatientSection;
import org.springframework.stereotype.Component;

/**
 * The intake form as a Questionnaire: sections as groups, each question's code as its linkId, types, answer options,
 * required flags, limits and {@code enableWhen} from the form's {@code askedWhen} conditions. In {@code $everything}
 * when the client has submitted an intake (their QuestionnaireResponses point at it).
 */
@Component
class IntakeQuestionnaire implements PatientSection {

    static final String ID = "intake";
    private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    /** Free text longer than this is a {@code text} item (a text area), shorter a {@code string}. */
    private static final int SHORT_TEXT = 500;

    private final IntakeForm form;
    private final Intakes intakes;
    private volatile Questionnaire built;

    IntakeQuestionnaire(Intakes intakes) {
        this.form = intakes.form();
        this.intakes = intakes;
    }

    /** The canonical reference a QuestionnaireResponse names: url|version. */
    static String canonical(int formVersion) {
        return ProductCodes.QUESTIONNAIRE + "|" + formVersion;
    }

    Questionnaire questionnaire() {
        Questionnaire questionnaire = built;
        if (questionnaire == null) {
            questionnaire = build();
            built = questionnaire;
        }
        return questionnaire.copy();
    }

    @Override
    public String resourceType() {
        return "Questionnaire";
    }

    @Override
    public List<? extends Resource> resources(UUID clientId) {
        return intakes.latest(clientId).isPresent() ? List.of(questionnaire()) : List.of();
    }

    private Questionnaire build() {
        Questionnaire q = new Questionnaire();
        q.setId(ID);
        q.setUrl(ProductCodes.QUESTIONNAIRE);
        q.setVersion(String.valueOf(form.version()));
        q.setName("ReliefDeskIntake");
        q.setTitle("ReliefDesk intake: headaches, warning signs and health before medical massage");
        q.setStatus(PublicationStatus.ACTIVE);
        q.setPublisher("ReliefDesk");
        q.addSubjectType("Patient");
        q.setDescription("The client's own account before the first session, updated before later sessions."
                + " The MIDAS section is the published Migraine Disability Assessment.");
        for (IntakeForm.Section section : form.sections()) {
            QuestionnaireItemComponent group = q.addItem().setLinkId(section.code()).setText(section.title())
                    .setType(QuestionnaireItemType.GROUP);
            if (section.copyright() != null) {
                q.setCopyright(section.title() + ": " + section.copyright());
            }
            for (Question question : section.questions()) {
                group.addItem(item(question));
            }
        }
        return q;
    }

    private QuestionnaireItemComponent item(Question question) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(question.code())
                .setText(question.label()).setType(type(question)).setRequired(question.required());
        if (question.type() == QuestionType.SET) {
            item.setRepeats(true);
        }
        if (question.type() == QuestionType.TIMESTAMP) {
            item.setReadOnly(true);
        }
        if (question.options() != null) {
            for (Question.Option option : question.options()) {
                item.addAnswerOption().setValue(coding(question, option.value()));
            }
        }
        if (question.maxLength() != null) {
            item.setMaxLength(question.maxLength());
        }
        if (question.type().isNumeric()) {
            if (question.min() != null) {
                item.addExtension(MIN_VALUE, number(question, question.min()));
            }
            if (question.max() != null) {
                item.addExtension(MAX_VALUE, number(question, question.max()));
            }
        }
        if (question.askedWhen() != null) {
            enableWhen(item, question.askedWhen());
        }
        return item;
    }

    private static QuestionnaireItemType type(Question question) {
        return switch (question.type()) {
            case DATE -> QuestionnaireItemType.DATE;
            case CHOICE, SET -> QuestionnaireItemType.CHOICE;
            case BOOLEAN -> QuestionnaireItemType.BOOLEAN;
            case INTEGER -> QuestionnaireItemType.INTEGER;
            case NUMBER -> QuestionnaireItemType.DECIMAL;
            case TEXT -> question.maxLength() != null && question.maxLength() <= SHORT_TEXT
                    ? QuestionnaireItemType.STRING : QuestionnaireItemType.TEXT;
            case TIMESTAMP -> QuestionnaireItemType.DATETIME;
        };
    }

    /** An answer option's coding: the question's own code system, the value and its plain-language label. */
    Coding coding(Question question, String value) {
        String label = question.options() == null ? value : question.options().stream()
                .filter(o -> o.value().equals(value)).map(Question.Option::label).findFirst().orElse(value);
        return new Coding(ProductCodes.intakeOptions(question.code()), value, label);
    }

    private static Type number(Question question, BigDecimal value) {
        return question.type() == QuestionType.INTEGER ? new IntegerType(value.intValueExact())
                : new DecimalType(value);
    }

    /**
     * A condition as enableWhen: one comparison, or {@code all} / {@code any} of comparisons (enableBehavior all /
     * any), {@code not} of a comparison by its opposite operator, {@code in} / {@code containsAny} as one "=" per
     * value with behaviour any. Anything else cannot be said in R4 and stops the start (the form is data we ship).
     */
    private void enableWhen(QuestionnaireItemComponent item, Condition condition) {
        List<QuestionnaireItemEnableWhenComponent> parts = new ArrayList<>();
        EnableWhenBehavior behavior = EnableWhenBehavior.ALL;
        if (condition instanceof Condition.All all) {
            all.parts().forEach(p -> parts.addAll(single(p, item, false)));
        } else if (condition instanceof Condition.Any any) {
            any.parts().forEach(p -> parts.addAll(single(p, item, false)));
            behavior = EnableWhenBehavior.ANY;
        } else {
            List<QuestionnaireItemEnableWhenComponent> one = single(condition, item, true);
            parts.addAll(one);
            if (one.size() > 1) {
                behavior = EnableWhenBehavior.ANY;
            }
        }
        parts.forEach(item::addEnableWhen);
        if (parts.size() > 1) {
            item.setEnableBehavior(behavior);
        }
    }

    private List<QuestionnaireItemEnableWhenComponent> single(Condition condition, QuestionnaireItemComponent item,
            boolean alone) {
        boolean negated = false;
        Condition inner = condition;
        if (condition instanceof Condition.Not not) {
            negated = true;
            inner = not.part();
        }
        if (!(inner instanceof Condition.Compare compare)) {
            throw inexpressible(item, condition);
        }
        Question asked = form.question(compare.code())
                .orElseThrow(() -> inexpressible(item, condition));
        List<Object> values = compare.value() instanceof List<?> list ? new ArrayList<>(list)
                : List.of(compare.value());
        if (values.size() > 1 && (!alone || negated)) {
            throw inexpressible(item, condition);
        }
        QuestionnaireItemOperator operator = operator(compare.operator(), negated);
        List<QuestionnaireItemEnableWhenComponent> result = new ArrayList<>();
        for (Object value : values) {
            QuestionnaireItemEnableWhenComponent when = new QuestionnaireItemEnableWhenComponent()
                    .setQuestion(asked.code()).setOperator(operator);
            when.setAnswer(compare.operator() == Condition.Operator.PRESENT
                    ? new BooleanType(negated != (Boolean) value) : answer(asked, value));
            result.add(when);
        }
        return result;
    }

    private static QuestionnaireItemOperator operator(Condition.Operator operator, boolean negated) {
        return switch (operator) {
            case EQ, IN, CONTAINS_ANY -> negated ? QuestionnaireItemOperator.NOT_EQUAL
                    : QuestionnaireItemOperator.EQUAL;
            case NE -> negated ? QuestionnaireItemOperator.EQUAL
                    : QuestionnaireItemOperator.NOT_EQUAL;
            case GT -> negated ? QuestionnaireItemOperator.LESS_OR_EQUAL
                    : QuestionnaireItemOperator.GREATER_THAN;
            case GTE -> negated ? QuestionnaireItemOperator.LESS_THAN
                    : QuestionnaireItemOperator.GREATER_OR_EQUAL;
            case LT -> negated ? QuestionnaireItemOperator.GREATER_OR_EQUAL
                    : QuestionnaireItemOperator.LESS_THAN;
            case LTE -> negated ? QuestionnaireItemOperator.GREATER_THAN
                    : QuestionnaireItemOperator.LESS_OR_EQUAL;
            case PRESENT -> QuestionnaireItemOperator.EXISTS;
        };
    }

    private Type answer(Question asked, Object value) {
        return switch (asked.type()) {
            case BOOLEAN -> new BooleanType((Boolean) value);
            case INTEGER -> new IntegerType(new BigDecimal(value.toString()).intValueExact());
            case NUMBER -> new DecimalType(new BigDecimal(value.toString()));
            default -> coding(asked, value.toString());
        };
    }

    private static IllegalStateException inexpressible(QuestionnaireItemComponent item, Condition condition) {
        return new IllegalStateException("The condition of " + item.getLinkId() + " (" + condition.spec()
                + ") cannot be written as FHIR R4 enableWhen");
    }
}
