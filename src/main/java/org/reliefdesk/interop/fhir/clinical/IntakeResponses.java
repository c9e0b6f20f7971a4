package org.reliefdesk.interop.fhir.clinical;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.StringType;
import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.shared.PageParams;
import org.springframework.stereotype.Component;

/**
 * Each submitted intake as a completed QuestionnaireResponse (id = the intake's id) pointing at the intake
 * Questionnaire of its form version, nested like the Questionnaire's groups, answers typed as the items are.
 * An empty set (none ticked) and an unanswered optional question have no item.
 */
@Component
class IntakeResponses implements SubjectSection {

    private final Intakes intakes;
    private final IntakeQuestionnaire questionnaire;

    IntakeResponses(Intakes intakes, IntakeQuestionnaire questionnaire) {
        this.intakes = intakes;
        this.questionnaire = questionnaire;
    }

    @Override
    public String resourceType() {
        return "QuestionnaireResponse";
    }

    /** The client's submitted intakes, oldest first. */
    @Override
    public List<QuestionnaireResponse> resources(UUID clientId) {
        List<SubmittedIntake> all = new ArrayList<>(intakes.list(clientId, PageParams.of(0, PageParams.MAX_SIZE))
                .items());
        Collections.reverse(all);
        return all.stream().map(this::response).toList();
    }

    @Override
    public Optional<Owned> owned(String id) {
        return intakes.findById(Searches.uuid(id, resourceType())).map(i -> new Owned(i.clientId(), response(i)));
    }

    QuestionnaireResponse response(SubmittedIntake intake) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(intake.id().toString());
        response.setQuestionnaire(IntakeQuestionnaire.canonical(intake.formVersion()));
        response.setStatus(QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(Searches.patient(intake.clientId()));
        response.setAuthoredElement(Times.dateTime(intake.submittedAt()));
        IntakeAnswers answers = intake.answers();
        for (IntakeForm.Section section : intakes.form().sections()) {
            QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent()
                    .setLinkId(section.code()).setText(section.title());
            for (Question question : section.questions()) {
                QuestionnaireResponseItemComponent item = item(question, answers);
                if (item != null) {
                    group.addItem(item);
                }
            }
            if (group.hasItem()) {
                response.addItem(group);
            }
        }
        return response;
    }

    private QuestionnaireResponseItemComponent item(Question question, IntakeAnswers answers) {
        if (!answers.has(question.code())) {
            return null;
        }
        QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent()
                .setLinkId(question.code()).setText(question.label());
        String code = question.code();
        switch (question.type()) {
            case BOOLEAN -> item.addAnswer().setValue(new BooleanType(answers.bool(code)));
            case INTEGER -> item.addAnswer().setValue(new IntegerType(answers.integer(code)));
            case NUMBER -> item.addAnswer().setValue(new DecimalType(answers.decimal(code)));
            case DATE -> item.addAnswer().setValue(new DateType(answers.date(code).toString()));
            case CHOICE -> item.addAnswer().setValue(questionnaire.coding(question, answers.text(code)));
            case SET -> answers.set(code).forEach(v -> item.addAnswer().setValue(questionnaire.coding(question, v)));
            case TEXT -> item.addAnswer().setValue(new StringType(answers.text(code)));
            case TIMESTAMP -> item.addAnswer().setValue(Times.dateTime(OffsetDateTime.parse(answers.text(code))));
        }
        return item.hasAnswer() ? item : null;
    }
}
