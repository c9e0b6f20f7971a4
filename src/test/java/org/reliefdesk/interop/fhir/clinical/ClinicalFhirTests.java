package org.reliefdesk.interop.fhir.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.Question;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.FhirValidation;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The clinical FHIR resources over HTTP: content, HAPI's validator, round trips and the API's access rules. */
@IntegrationTest
class ClinicalFhirTests {

    private static final IParser PARSER = FhirContext.forR4Cached().newJsonParser();
    private static final Map<String, Object> MIDAS = Map.of("q1", 2, "q2", 3, "q3", 1, "q4", 2, "q5", 1, "a", 20,
            "b", 6);

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Autowired
    Intakes intakes;

    Api anonymous;
    Api client;
    Api therapist;
    Api frontDesk;
    String clientId;

    @BeforeEach
    void setUp() {
        anonymous = Api.anonymous(port);
        String email = TestData.uniqueEmail("fhir-clinical");
        clientId = TestData.registerClient(anonymous, email);
        client = anonymous.as(email, TestData.PASSWORD);
        therapist = anonymous.as(TestData.createStaff(anonymous, "THERAPIST"), TestData.PASSWORD);
        frontDesk = anonymous.as(TestData.createStaff(anonymous, "FRONT_DESK"), TestData.PASSWORD);
    }

    @Test
    void theQuestionnaireIsTheIntakeFormWithItsConditionsAsEnableWhen() {
        Api.Response response = frontDesk.get("/fhir/Questionnaire/intake");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        assertValid(response.text());
        Questionnaire questionnaire = PARSER.parseResource(Questionnaire.class, response.text());
        assertThat(questionnaire.getIdElement().getIdPart()).isEqualTo("intake");
        assertThat(questionnaire.getUrl()).isEqualTo("https://reliefdesk.org/fhir/Questionnaire/intake");
        assertThat(questionnaire.getVersion()).isEqualTo(String.valueOf(intakes.form().version()));
        assertThat(questionnaire.getStatus().toCode()).isEqualTo("active");
        assertThat(questionnaire.getItem()).extracting(QuestionnaireItemComponent::getLinkId)
                .containsExactly("about", "headache", "warning", "health", "focus", "midas", "consent");
        assertThat(questionnaire.getItem()).allSatisfy(g -> assertThat(g.getType().toCode()).isEqualTo("group"));

        Map<String, QuestionnaireItemComponent> items = items(questionnaire);
        for (Question question : intakes.form().questions()) {
            QuestionnaireItemComponent item = items.get(question.code());
            assertThat(item).as(question.code()).isNotNull();
            assertThat(item.getText()).isEqualTo(question.label());
            assertThat(item.getRequired()).as(question.code()).isEqualTo(question.required());
            assertThat(item.hasEnableWhen()).as(question.code()).isEqualTo(question.askedWhen() != null);
        }
        QuestionnaireItemComponent trimester = items.get("about.pregnancyTrimester");
        assertThat(trimester.getType().toCode()).isEqualTo("integer");
        assertThat(trimester.getEnableWhen()).singleElement().satisfies(when -> {
            assertThat(when.getQuestion()).isEqualTo("about.pregnant");
            assertThat(when.getOperator().toCode()).isEqualTo("=");
            assertThat(when.getAnswerBooleanType().booleanValue()).isTrue();
        });
        QuestionnaireItemComponent pregnant = items.get("about.pregnant");
        assertThat(pregnant.getEnableWhen()).singleElement().satisfies(when -> {
            assertThat(when.getQuestion()).isEqualTo("about.sexAtBirth");
            assertThat(when.getOperator().toCode()).isEqualTo("!=");
            assertThat(when.getAnswerCoding().getCode()).isEqualTo("MALE");
            assertThat(when.getAnswerCoding().getSystem())
                    .isEqualTo(items.get("about.sexAtBirth").getAnswerOptionFirstRep().getValueCoding().getSystem());
        });
        QuestionnaireItemComponent kinds = items.get("headache.acuteMedicationKinds");
        assertThat(kinds.getType().toCode()).isEqualTo("choice");
        assertThat(kinds.getRepeats()).isTrue();
        assertThat(kinds.getAnswerOption()).extracting(o -> o.getValueCoding().getCode()).contains("TRIPTAN", "NONE");
        assertThat(items.get("headache.typicalDurationHours").getType().toCode()).isEqualTo("decimal");
        assertThat(items.get("about.dateOfBirth").getType().toCode()).isEqualTo("date");
        assertThat(items.get("warning.thunderclap").getType().toCode()).isEqualTo("boolean");

        assertThat(client.get("/fhir/Questionnaire/other").status()).isEqualTo(404);
        assertThat(anonymous.get("/fhir/Questionnaire/intake").status()).isEqualTo(401);
    }

    @Test
    void everyAnswerOfASubmittedIntakeIsInItsQuestionnaireResponse() {
        Map<String, Object> intake = IntakeFixtures.episodicMigraine();
        JsonNode submitted = IntakeFixtures.submit(client, clientId, intake).json();
        Bundle bundle = search(client, "QuestionnaireResponse");
        assertThat(bundle.getEntry()).hasSize(1);
        QuestionnaireResponse response = (QuestionnaireResponse) bundle.getEntryFirstRep().getResource();
        assertThat(response.getIdElement().getIdPart()).isEqualTo(submitted.get("intakeId").asString());
        assertThat(response.getStatus().toCode()).isEqualTo("completed");
        assertThat(response.getQuestionnaire()).isEqualTo("https://reliefdesk.org/fhir/Questionnaire/intake|1");
        assertThat(response.getSubject().getReference()).isEqualTo("Patient/" + clientId);
        assertThat(response.getAuthored()).isNotNull();

        Map<String, List<Type>> answers = new HashMap<>();
        collect(response.getItem(), answers);
        int checked = 0;
        for (Map.Entry<String, Object> expected : flatten(intake).entrySet()) {
            List<Type> found = answers.get(expected.getKey());
            Object value = expected.getValue();
            if (value instanceof Collection<?> set && set.isEmpty()) {
                assertThat(found).as(expected.getKey()).isNull();
                continue;
            }
            assertThat(found).as(expected.getKey()).isNotNull();
            List<String> values = found.stream().map(ClinicalFhirTests::plain).toList();
            if (value instanceof Collection<?> set) {
                assertThat(values).as(expected.getKey()).containsExactlyElementsOf(set.stream().map(Object::toString)
                        .toList());
            } else {
                assertThat(values).as(expected.getKey()).containsExactly(value instanceof Number n
                        ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString() : value.toString());
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(60);
        assertThat(answers).containsKey("consent.signedAt");
        assertThat(answers.get("headache.location").get(0)).isInstanceOf(Coding.class);
        assertThat(((Coding) answers.get("headache.location").get(0)).getSystem())
                .isEqualTo("https://reliefdesk.org/fhir/CodeSystem/intake-headache.location");

        Api.Response read = therapist.get("/fhir/QuestionnaireResponse/" + response.getIdElement().getIdPart());
        assertThat(read.status()).isEqualTo(200);
        assertValid(read.text());
    }

    @Test
    void anAcceptedPlanIsAnActiveCarePlanWithABlockPerActivity() {
        IntakeFixtures.submit(client, clientId, IntakeFixtures.episodicTensionType());
        JsonNode plan = therapist.post("/api/v1/clients/" + clientId + "/plans",
                Map.of("serviceCode", "MEDICAL_MASSAGE_60")).json();
        String planId = plan.get("id").asString();
        assertThat(client.post("/api/v1/plans/" + planId + "/accept", Map.of("signature", "Test Client",
                "version", 1)).status()).isEqualTo(200);

        Bundle bundle = search(therapist, "CarePlan");
        assertThat(bundle.getEntry()).hasSize(1);
        CarePlan carePlan = (CarePlan) bundle.getEntryFirstRep().getResource();
        assertThat(carePlan.getIdElement().getIdPart()).isEqualTo(planId + "-v1");
        assertThat(carePlan.getStatus().toCode()).isEqualTo("active");
        assertThat(carePlan.getIntent().toCode()).isEqualTo("plan");
        assertThat(carePlan.getPeriod().getStart()).isNotNull();
        JsonNode blocks = plan.get("blocks");
        assertThat(carePlan.getActivity()).hasSize(blocks.size());
        int minutes = 0;
        for (int i = 0; i < blocks.size(); i++) {
            CarePlan.CarePlanActivityDetailComponent detail = carePlan.getActivity().get(i).getDetail();
            assertThat(detail.getCode().getCodingFirstRep().getCode()).isEqualTo(blocks.get(i).get("technique")
                    .asString());
            assertThat(detail.getScheduledTiming().getRepeat().getDurationUnit().toCode()).isEqualTo("min");
            minutes += detail.getScheduledTiming().getRepeat().getDuration().intValue();
            assertThat(detail.getDescription()).contains(blocks.get(i).get("minutes").asInt() + " min");
            for (JsonNode evidence : blocks.get(i).get("evidence")) {
                assertThat(detail.getDescription()).contains("[" + evidence.asString() + "]");
            }
        }
        assertThat(minutes).isEqualTo(60);
        assertThat(carePlan.getActivity().stream().map(a -> a.getDetail().getDescription()))
                .anyMatch(d -> d.contains("Evidence: "));

        Api.Response read = client.get("/fhir/CarePlan/" + planId + "-v1");
        assertThat(read.status()).isEqualTo(200);
        assertValid(read.text());
        assertThat(client.get("/fhir/CarePlan/" + planId + "-v2").status()).isEqualTo(404);
    }

    @Test
    void everyDiaryDayAndMidasScoreIsAnObservation() {
        IntakeFixtures.submit(client, clientId, IntakeFixtures.episodicMigraine());
        LocalDate today = LocalDate.now();
        Map<String, Object> headache = new LinkedHashMap<>();
        headache.put("headache", true);
        headache.put("peakIntensity", 6);
        headache.put("durationHours", 4.5);
        headache.put("acuteMedication", List.of("TRIPTAN"));
        headache.put("triggers", List.of("STRESS", "POOR_SLEEP"));
        headache.put("note", "Started after a long meeting");
        assertThat(client.put(diary(today.minusDays(2)), headache).status()).isEqualTo(201);
        assertThat(client.put(diary(today.minusDays(1)), Map.of("headache", false)).status()).isEqualTo(201);
        assertThat(client.put(diary(today), Map.of("headache", false, "acuteMedication", List.of("NSAID")))
                .status()).isEqualTo(201);
        assertThat(client.post("/api/v1/clients/" + clientId + "/midas", MIDAS).status()).isEqualTo(201);

        Bundle bundle = search(client, "Observation");
        Map<String, Observation> byId = new LinkedHashMap<>();
        bundle.getEntry().forEach(e -> byId.put(e.getResource().getIdElement().getIdPart(),
                (Observation) e.getResource()));
        assertThat(byId).hasSize(5);
        for (int back = 0; back <= 2; back++) {
            LocalDate day = today.minusDays(back);
            Observation observation = byId.get(DiaryObservations.dayId(UUID.fromString(clientId), day));
            assertThat(observation).as(day.toString()).isNotNull();
            assertThat(observation.getStatus().toCode()).isEqualTo("final");
            assertThat(observation.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
            assertThat(observation.getEffectiveDateTimeType().getValueAsString()).isEqualTo(day.toString());
        }
        Observation painful = byId.get(DiaryObservations.dayId(UUID.fromString(clientId), today.minusDays(2)));
        assertThat(component(painful, "72514-3").getValueIntegerType().getValue()).isEqualTo(6);
        assertThat(component(painful, "headache").getValueBooleanType().booleanValue()).isTrue();
        assertThat(component(painful, "headache-duration").getValueQuantity().getValue()).isEqualByComparingTo("4.5");
        assertThat(component(painful, "acute-medication-kind").getValueCodeableConcept().getCodingFirstRep()
                .getCode()).isEqualTo("TRIPTAN");
        assertThat(painful.getComponent().stream().filter(c -> c.getCode().getCodingFirstRep().getCode()
                .equals("trigger"))).hasSize(2);
        assertThat(painful.getNoteFirstRep().getText()).isEqualTo("Started after a long meeting");
        Observation free = byId.get(DiaryObservations.dayId(UUID.fromString(clientId), today));
        assertThat(component(free, "headache").getValueBooleanType().booleanValue()).isFalse();
        assertThat(component(free, "acute-medication").getValueBooleanType().booleanValue()).isTrue();
        assertThat(free.getComponent()).noneMatch(c -> c.getCode().getCodingFirstRep().getCode().equals("72514-3"));

        List<Observation> midas = byId.values().stream().filter(o -> "MIDAS score".equals(o.getCode().getText()))
                .toList();
        assertThat(midas).extracting(o -> o.getValueIntegerType().getValue()).containsExactly(11, 9);
        for (Resource resource : byId.values()) {
            assertValid(PARSER.encodeResourceToString(resource));
        }

        String dayId = DiaryObservations.dayId(UUID.fromString(clientId), today.minusDays(2));
        assertThat(therapist.get("/fhir/Observation/" + dayId).status()).isEqualTo(200);
        String midasId = midas.get(0).getIdElement().getIdPart();
        assertThat(client.get("/fhir/Observation/" + midasId).status()).isEqualTo(200);
        assertThat(anotherClient().get("/fhir/Observation/" + dayId).status()).isEqualTo(404);
        assertThat(anotherClient().get("/fhir/Observation/" + midasId).status()).isEqualTo(404);
        assertThat(client.get("/fhir/Observation/diary-nonsense").status()).isEqualTo(404);
    }

    @Test
    void theScreeningsFlagsAndRestrictionsAreFlags() {
        IntakeFixtures.submit(client, clientId, IntakeFixtures.with(IntakeFixtures.with(
                IntakeFixtures.episodicMigraine(), "about.pregnant", true), "about.pregnancyTrimester", 2));
        JsonNode screening = client.get("/api/v1/clients/" + clientId + "/screening").json();
        int expected = screening.get("flags").size() + screening.get("restrictions").size();
        assertThat(expected).isPositive();
        Bundle bundle = search(therapist, "Flag");
        assertThat(bundle.getEntry()).hasSize(expected);
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Flag flag = (Flag) entry.getResource();
            assertThat(flag.getStatus().toCode()).isEqualTo("active");
            assertThat(flag.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("clinical");
            assertThat(flag.getCode().getText()).isNotBlank();
            assertThat(flag.getPeriod().getStart()).isNotNull();
            assertValid(PARSER.encodeResourceToString(flag));
        }
        List<String> texts = bundle.getEntry().stream().map(e -> ((Flag) e.getResource()).getCode().getText())
                .toList();
        for (JsonNode flag : screening.get("flags")) {
            assertThat(texts).contains(flag.get("message").asString());
        }
        String id = bundle.getEntryFirstRep().getResource().getIdElement().getIdPart();
        assertThat(client.get("/fhir/Flag/" + id).status()).isEqualTo(200);
        assertThat(anotherClient().get("/fhir/Flag/" + id).status()).isEqualTo(404);
    }

    @Test
    void theApisAccessRulesHold() {
        IntakeFixtures.submit(client, clientId, IntakeFixtures.episodicMigraine());
        for (String type : List.of("QuestionnaireResponse", "CarePlan", "Observation", "Flag")) {
            String path = "/fhir/" + type + "?subject=Patient/" + clientId;
            assertThat(client.get(path).status()).as(type).isEqualTo(200);
            assertThat(client.get("/fhir/" + type + "?subject=" + clientId).status()).as(type).isEqualTo(200);
            Api.Response other = anotherClient().get(path);
            assertThat(other.status()).as(type).isEqualTo(404);
            assertThat(other.text()).contains("OperationOutcome");
            assertThat(frontDesk.get(path).status()).as(type).isEqualTo(403);
            assertThat(therapist.get(path).status()).as(type).isEqualTo(200);
            assertThat(therapist.get("/fhir/" + type + "?subject=Patient/" + UUID.randomUUID()).status())
                    .isEqualTo(404);
            Api.Response unsupported = therapist.get(path + "&code=72514-3");
            assertThat(unsupported.status()).as(type).isEqualTo(400);
            assertThat(unsupported.text()).contains("OperationOutcome").contains("code");
            assertThat(therapist.get("/fhir/" + type).status()).as(type).isEqualTo(400);
            assertThat(therapist.get("/fhir/" + type + "/" + UUID.randomUUID()).status()).as(type).isEqualTo(404);
        }
        String intakeId = intakes.latest(UUID.fromString(clientId)).orElseThrow().id().toString();
        assertThat(anotherClient().get("/fhir/QuestionnaireResponse/" + intakeId).status()).isEqualTo(404);
        assertThat(frontDesk.get("/fhir/QuestionnaireResponse/" + intakeId).status()).isEqualTo(403);
        assertThat(audit.list(UUID.fromString(clientId), "FHIR_READ", PageParams.of(0, 200)).items())
                .extracting(AuditLog.AuditEntry::resource)
                .contains("QuestionnaireResponse", "CarePlan", "Observation", "Flag");
    }

    private Bundle search(Api api, String type) {
        Api.Response response = api.get("/fhir/" + type + "?subject=Patient/" + clientId);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        Bundle bundle = PARSER.parseResource(Bundle.class, response.text());
        assertThat(bundle.getType().toCode()).isEqualTo("searchset");
        assertThat(bundle.getTotal()).isEqualTo(bundle.getEntry().size());
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            assertThat(entry.getResource().fhirType()).isEqualTo(type);
            assertValid(PARSER.encodeResourceToString(entry.getResource()));
        }
        assertValid(response.text());
        return bundle;
    }

    private static void assertValid(String json) {
        assertThat(FhirValidation.errors(json)).isEmpty();
        List<String> warnings = FhirValidation.warnings(json);
        if (!warnings.isEmpty()) {
            IBaseResource resource = PARSER.parseResource(json);
            System.out.println("FHIR-WARNINGS " + resource.fhirType() + ": " + warnings);
        }
    }

    private Api anotherClient() {
        String email = TestData.uniqueEmail("fhir-other");
        TestData.registerClient(anonymous, email);
        return anonymous.as(email, TestData.PASSWORD);
    }

    private String diary(LocalDate date) {
        return "/api/v1/clients/" + clientId + "/diary/" + date;
    }

    private static Observation.ObservationComponentComponent component(Observation observation, String code) {
        return observation.getComponent().stream().filter(c -> c.getCode().getCodingFirstRep().getCode()
                .equals(code)).findFirst().orElseThrow(() -> new AssertionError("no component " + code));
    }

    private static Map<String, QuestionnaireItemComponent> items(Questionnaire questionnaire) {
        Map<String, QuestionnaireItemComponent> items = new HashMap<>();
        for (QuestionnaireItemComponent group : questionnaire.getItem()) {
            group.getItem().forEach(item -> items.put(item.getLinkId(), item));
        }
        return items;
    }

    private static void collect(List<QuestionnaireResponseItemComponent> items, Map<String, List<Type>> answers) {
        for (QuestionnaireResponseItemComponent item : items) {
            if (item.hasAnswer()) {
                answers.put(item.getLinkId(), item.getAnswer().stream().map(a -> a.getValue()).toList());
            }
            collect(item.getItem(), answers);
        }
    }

    private static String plain(Type value) {
        if (value instanceof Coding coding) {
            return coding.getCode();
        }
        if (value instanceof org.hl7.fhir.r4.model.DecimalType decimal) {
            return decimal.getValue().stripTrailingZeros().toPlainString();
        }
        return value.primitiveValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> flatten(Map<String, Object> intake) {
        Map<String, Object> flat = new LinkedHashMap<>();
        intake.forEach((section, answers) -> ((Map<String, Object>) answers)
                .forEach((code, value) -> flat.put(section + "." + code, value instanceof List<?> list
                        ? new ArrayList<>(list) : value)));
        return flat;
    }
}
