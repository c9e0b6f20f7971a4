package org.reliefdesk.intake.internal;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.Question;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The intake's body in the API description, built from the form itself (INTAKE.md): {@code IntakeAnswers} has one
 * object per section and one typed property per question, with its allowed values and bounds; {@code IntakeDraft}
 * has the same shape with any value, since a draft keeps even a mistyped answer so nothing is lost.
 */
@Component
class IntakeSchemas implements OpenApiCustomizer {

    static final String ANSWERS = "IntakeAnswers";
    static final String DRAFT = "IntakeDraft";
    static final String CONDITION = "Condition";

    private final Intakes intakes;

    IntakeSchemas(Intakes intakes) {
        this.intakes = intakes;
    }

    @Override
    public void customise(OpenAPI api) {
        IntakeForm form = intakes.form();
        api.getComponents().addSchemas(ANSWERS, answers(form, true)
                .description("A complete intake, nested by section (INTAKE.md); form version " + form.version()));
        api.getComponents().addSchemas(DRAFT, answers(form, false)
                .description("Any part of an intake, each answer kept as typed (even a wrong type) until it is sent"));
        api.getComponents().addSchemas(CONDITION, condition());
        conditionsInQuestions(api);
    }

    /** A question's askedWhen/requiredWhen as written: a comparison, or all/any/not of conditions. */
    private static Schema<?> condition() {
        Schema<?> self = new Schema<>().$ref(CONDITION);
        Schema<?> comparison = new ObjectSchema().addProperty("code", new StringSchema())
                .addProperty("eq", new Schema<>()).addProperty("ne", new Schema<>())
                .addProperty("gt", new NumberSchema()).addProperty("gte", new NumberSchema())
                .addProperty("lt", new NumberSchema()).addProperty("lte", new NumberSchema())
                .addProperty("in", new ArraySchema().items(new Schema<>()))
                .addProperty("containsAny", new ArraySchema().items(new StringSchema()))
                .addProperty("present", new BooleanSchema());
        comparison.setRequired(List.of("code"));
        Schema<?> condition = new Schema<>().description("A comparison of one answer ({code, eq: true}), or all, any"
                + " or not of conditions");
        condition.setAnyOf(List.of(comparison, combiner("all", new ArraySchema().items(self)),
                combiner("any", new ArraySchema().items(self)), combiner("not", self)));
        return condition;
    }

    private static Schema<?> combiner(String name, Schema<?> parts) {
        Schema<?> combiner = new ObjectSchema().addProperty(name, parts);
        combiner.setRequired(List.of(name));
        return combiner;
    }

    /** Condition is written out as its spec (a JSON value): describe it as the schema above, not as JsonNode. */
    @SuppressWarnings("rawtypes")
    private static void conditionsInQuestions(OpenAPI api) {
        Schema question = api.getComponents().getSchemas().get("Question");
        if (question == null || question.getProperties() == null) {
            return;
        }
        for (String name : List.of("askedWhen", "requiredWhen")) {
            if (question.getProperties().containsKey(name)) {
                Schema either = new Schema<>();
                either.setAnyOf(List.of(new Schema<>().$ref(CONDITION), new Schema<>().types(java.util.Set.of("null"))));
                question.getProperties().put(name, either);
            }
        }
        api.getComponents().getSchemas().remove("JsonNode");
    }

    private static Schema<?> answers(IntakeForm form, boolean typed) {
        Schema<?> intake = new ObjectSchema();
        for (IntakeForm.Section section : form.sections()) {
            Schema<?> part = new ObjectSchema();
            for (Question question : section.questions()) {
                if (!question.setByServer()) {
                    String name = question.code().substring(question.code().indexOf('.') + 1);
                    part.addProperty(name, typed ? typed(question) : new Schema<>().description(question.label()));
                }
            }
            intake.addProperty(section.code(), part);
        }
        if (typed) {
            intake.addProperty("confirmedBookings", new ArraySchema().items(new StringSchema().format("uuid"))
                    .description("Held bookings the client confirms with this intake"));
        }
        return intake;
    }

    private static Schema<?> typed(Question q) {
        Schema<?> schema = switch (q.type()) {
            case DATE -> new DateSchema();
            case BOOLEAN -> new BooleanSchema();
            case INTEGER -> new IntegerSchema().minimum(q.min()).maximum(q.max());
            case NUMBER -> new NumberSchema().minimum(q.min()).maximum(q.max());
            case CHOICE -> choice(q);
            case SET -> new ArraySchema().items(choice(q)).minItems(q.minItems()).uniqueItems(true);
            case TEXT -> new StringSchema().maxLength(q.maxLength());
            case TIMESTAMP -> new DateTimeSchema();
        };
        return schema.description(q.label());
    }

    private static Schema<?> choice(Question q) {
        StringSchema choice = new StringSchema();
        List<String> values = new ArrayList<>();
        if (q.options() != null) {
            q.options().forEach(o -> values.add(o.value()));
        }
        choice.setEnum(values);
        return choice;
    }
}
