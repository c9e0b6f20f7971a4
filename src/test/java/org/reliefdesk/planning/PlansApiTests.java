package org.reliefdesk.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.planning.PlanApiSupport.blocks;
import static org.reliefdesk.planning.PlanApiSupport.change;
import static org.reliefdesk.planning.PlanApiSupport.edit;
import static org.reliefdesk.planning.PlanApiSupport.fields;
import static org.reliefdesk.planning.PlanApiSupport.indexOf;
import static org.reliefdesk.planning.PlanApiSupport.tensionType;
import static org.reliefdesk.planning.PlanApiSupport.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.PdfText;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PlansApiTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    PlanApiSupport s;

    @BeforeEach
    void setUp() {
        s = new PlanApiSupport(port);
    }

    @Nested
    class Proposing {

        @Test
        void aTherapistGetsASixtyMinutePlanTheClientAndStaffCanRead() {
            s.submit(tensionType());
            Api.Response created = s.propose();
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            JsonNode plan = created.json();
            assertThat(plan.get("status").asString()).isEqualTo("PROPOSED");
            assertThat(plan.get("version").asInt()).isEqualTo(1);
            assertThat(plan.get("totalMinutes").asInt()).isEqualTo(60);
            List<Map<String, Object>> blocks = blocks(plan);
            assertThat(blocks.stream().mapToInt(b -> (Integer) b.get("minutes")).sum()).isEqualTo(60);
            assertThat(blocks.get(0)).containsEntry("technique", "CONSULTATION").containsEntry("area", null)
                    .containsEntry("pressure", 0).containsEntry("order", 1);
            assertThat(blocks).allSatisfy(b -> assertThat(b).containsKeys("phase", "rationale", "evidence", "note"));
            String id = plan.get("id").asString();
            assertThat(s.client.get(s.plan(id)).json().get("id").asString()).isEqualTo(id);
            assertThat(s.therapist.get(s.plan(id)).status()).isEqualTo(200);
            assertThat(s.frontDesk.get(s.plan(id)).status()).isEqualTo(403);
            assertThat(anotherClient().get(s.plan(id)).status()).isEqualTo(404);
            assertThat(s.client.get(s.plan(UUID.randomUUID().toString())).status()).isEqualTo(404);
            assertThat(audit.list(UUID.fromString(s.clientId), null, PageParams.of(0, 50)).items())
                    .extracting(AuditLog.AuditEntry::action).contains("PLAN_PROPOSED", "READ_PLAN");
        }

        @Test
        void theServiceLengthIsData() {
            s.submit(tensionType());
            Api.Response ninety = s.therapist.post("/api/v1/clients/" + s.clientId + "/plans",
                    Map.of("serviceCode", "MEDICAL_MASSAGE_90"));
            assertThat(ninety.json().get("totalMinutes").asInt()).isEqualTo(90);
            Api.Response unknown = s.therapist.post("/api/v1/clients/" + s.clientId + "/plans",
                    Map.of("serviceCode", "JUGGLING_60"));
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(fields(unknown)).containsExactly("serviceCode");
        }

        @Test
        void noPlanWithoutAnIntakeOrWhenTheScreeningBlocksMassage() {
            assertReason(s.propose(), "NO_INTAKE");
            s.submit(with(tensionType(), "warning.thunderclap", true));
            assertReason(s.propose(), "URGENT");
            s.submit(with(tensionType(), "warning.progressive", true));
            assertReason(s.propose(), "CLEARANCE_REQUIRED");
            assertThat(s.therapist.post("/api/v1/clients/" + s.clientId + "/clearances", Map.of("clearedBy",
                    "Dr Mira Patel", "clearedOn", LocalDate.now().toString())).status()).isEqualTo(201);
            assertThat(s.propose().status()).isEqualTo(201);
        }

        @Test
        void onlyATherapistProposesAndAnotherClientIsNotFound() {
            s.submit(tensionType());
            String path = "/api/v1/clients/" + s.clientId + "/plans";
            assertThat(s.client.post(path, Map.of()).status()).isEqualTo(403);
            assertThat(s.frontDesk.post(path, Map.of()).status()).isEqualTo(403);
            assertThat(anotherClient().post(path, Map.of()).status()).isEqualTo(404);
            assertThat(s.therapist.post("/api/v1/clients/" + UUID.randomUUID() + "/plans", Map.of()).status())
                    .isEqualTo(404);
            assertThat(s.anonymous.post(path, Map.of()).status()).isEqualTo(401);
            assertThat(s.therapist.post(path, null).status()).as("no body: the 60-minute service").isEqualTo(201);
        }

        private void assertReason(Api.Response response, String reason) {
            assertThat(response.status()).as(response.text()).isEqualTo(422);
            assertThat(response.json().get("reason").asString()).isEqualTo(reason);
            assertThat(response.json().get("detail").asString()).isNotBlank();
        }
    }

    @Nested
    class Editing {

        JsonNode plan;
        String path;

        @BeforeEach
        void aPlanForAClientOnBloodThinners() {
            s.submit(with(tensionType(), "health.anticoagulants", true));
            plan = s.proposed();
            path = s.plan(plan.get("id").asString());
        }

        @Test
        void wrongTotalsAvoidedModalitiesAndBrokenLimitsAre422NamingTheBlock() {
            List<Map<String, Object>> blocks = blocks(plan);
            Api.Response short5 = s.therapist.put(path, edit(1, change(blocks, 0, "minutes", 1)));
            assertThat(short5.status()).isEqualTo(422);
            assertThat(fields(short5)).containsExactly("blocks");
            int tp = indexOf(blocks, "TRIGGER_POINT");
            Api.Response deep = s.therapist.put(path, edit(1, change(change(blocks, tp, "pressure", 3), tp, "note", "")));
            assertThat(fields(deep)).contains("blocks[" + tp + "].pressure", "blocks[" + tp + "].note");
            assertThat(deep.text()).contains("Block " + (tp + 1), "DEEP_PRESSURE AVOID", "TRIGGER_POINT CAUTION");
            Api.Response neck = s.therapist.put(path, edit(1, change(change(blocks, 1, "area", "NECK_FRONT"), 1,
                    "pressure", 3)));
            assertThat(fields(neck)).contains("blocks[1].pressure");
            Api.Response unknown = s.therapist.put(path, edit(1, change(blocks, 1, "technique", "CUPPING")));
            assertThat(fields(unknown)).containsExactly("blocks[1].technique");
            assertThat(s.therapist.put(path, "{\"version\": 1, \"blocks\": [{\"minutes\": \"many\"}]}").status())
                    .isEqualTo(400);
            Api.Response fraction = s.therapist.put(path, edit(1, change(blocks, 1, "pressure", 1.9)));
            assertThat(fraction.status()).as("a fraction is not rounded down").isEqualTo(400);
            assertThat(fraction.json().get("errors").get(0).get("field").asString()).isEqualTo("blocks[1].pressure");
            assertThat(s.therapist.put(path, Map.of("version", "1", "blocks", blocks)).status())
                    .as("text is not a number").isEqualTo(400);
            assertThat(fields(s.therapist.put(path, Map.of("blocks", blocks)))).containsExactly("version");
            assertThat(s.client.get(path).json().get("version").asInt()).as("nothing saved").isEqualTo(1);
        }

        @Test
        void aSavedEditRaisesTheVersionAndAStaleOneIs409() {
            List<Map<String, Object>> blocks = blocks(plan);
            List<Map<String, Object>> reordered = change(blocks, 1, "pressure", 1);
            reordered.add(2, reordered.remove(1));
            Api.Response saved = s.therapist.put(path, edit(1, reordered));
            assertThat(saved.status()).as(saved.text()).isEqualTo(200);
            assertThat(saved.json().get("version").asInt()).isEqualTo(2);
            assertThat(blocks(saved.json()).get(2)).containsEntry("order", 3).containsEntry("pressure", 1);
            Api.Response stale = s.therapist.put(path, edit(1, blocks));
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
            assertThat(s.client.put(path, edit(2, blocks)).status()).isEqualTo(403);
            assertThat(s.frontDesk.put(path, edit(2, blocks)).status()).isEqualTo(403);
            assertThat(anotherClient().put(path, edit(2, blocks)).status()).isEqualTo(404);
            assertThat(s.therapist.get(path + "/versions/1").json().get("blocks").size()).isEqualTo(blocks.size());
            assertThat(s.therapist.get(path + "/versions/3").status()).isEqualTo(404);
        }
    }

    @Nested
    class Accepting {

        JsonNode plan;
        String path;

        @BeforeEach
        void aProposedPlan() {
            s.submit(tensionType());
            plan = s.proposed();
            path = s.plan(plan.get("id").asString());
        }

        @Test
        void theClientAcceptsTheVersionTheyReadWithTheirName() {
            Api.Response wrongName = s.client.post(path + "/accept", Map.of("signature", "Someone Else", "version", 1));
            assertThat(wrongName.status()).isEqualTo(422);
            assertThat(fields(wrongName)).containsExactly("signature");
            assertThat(fields(s.client.post(path + "/accept", Map.of()))).containsExactly("version", "signature");
            assertThat(s.client.post(path + "/accept", Map.of("signature", "Test Client", "version", 2)).status())
                    .isEqualTo(409);
            assertThat(s.therapist.post(path + "/accept", Map.of("signature", "Test Client", "version", 1)).status())
                    .isEqualTo(403);
            assertThat(anotherClient().post(path + "/accept", Map.of("signature", "Test Client", "version", 1))
                    .status()).isEqualTo(404);
            Api.Response accepted = s.client.post(path + "/accept", Map.of("signature", "  test   CLIENT ", "version", 1));
            assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
            assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(accepted.json().get("inForceVersion").asInt()).isEqualTo(1);
            JsonNode version = s.client.get(path + "/versions/1").json();
            assertThat(version.get("signature").asString()).isEqualTo("test   CLIENT");
            assertThat(version.get("acceptedAt").isNull()).isFalse();
            assertThat(version.get("id").asString()).isEqualTo(plan.get("id").asString());
            assertThat(version.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(version.get("totalMinutes").asInt()).isEqualTo(60);
        }

        @Test
        void anEditAfterAcceptanceKeepsTheAcceptedVersionInForce(@Autowired PlansInForce inForce) {
            s.client.post(path + "/accept", Map.of("signature", "Test Client", "version", 1));
            List<Map<String, Object>> blocks = blocks(plan);
            Api.Response edited = s.therapist.put(path, edit(1, change(blocks, 2, "pressure", 1)));
            assertThat(edited.json().get("status").asString()).isEqualTo("PROPOSED");
            assertThat(edited.json().get("version").asInt()).isEqualTo(2);
            assertThat(edited.json().get("acceptedVersion").asInt()).isEqualTo(1);
            assertThat(edited.json().get("inForceVersion").asInt()).isEqualTo(1);
            PlanInForce current = inForce.of(UUID.fromString(s.clientId)).orElseThrow();
            assertThat(current.version()).isEqualTo(1);
            assertThat(current.blocks()).hasSize(blocks.size());
            assertThat(s.client.get(path + "/versions/1").json().get("signature").asString()).isEqualTo("Test Client");
            assertThat(s.client.post(path + "/accept", Map.of("signature", "Test Client", "version", 1)).status())
                    .as("the old version is stale").isEqualTo(409);
            assertThat(s.client.post(path + "/accept", Map.of("signature", "Test Client", "version", 2)).status())
                    .isEqualTo(200);
            assertThat(inForce.of(UUID.fromString(s.clientId)).orElseThrow().version()).isEqualTo(2);
        }

        @Test
        void aNewPlanSupersedesTheOldOneWhichCanNoLongerChange(@Autowired PlansInForce inForce) {
            s.client.post(path + "/accept", Map.of("signature", "Test Client", "version", 1));
            JsonNode newer = s.proposed();
            assertThat(s.client.get(path).json().get("status").asString()).isEqualTo("SUPERSEDED");
            Api.Response superseded = s.therapist.put(path, edit(1, blocks(plan)));
            assertThat(superseded.status()).isEqualTo(409);
            assertThat(superseded.json().get("status").asInt()).as("status stays the HTTP status").isEqualTo(409);
            assertThat(superseded.json().get("planStatus").asString()).isEqualTo("SUPERSEDED");
            assertThat(s.client.post(path + "/accept", Map.of("signature", "Test Client", "version", 1)).status())
                    .isEqualTo(409);
            assertThat(inForce.of(UUID.fromString(s.clientId))).as("the newest plan is not accepted yet").isEmpty();
            JsonNode list = s.client.get("/api/v1/clients/" + s.clientId + "/plans?size=1").json();
            assertThat(list.get("total").asInt()).isEqualTo(2);
            assertThat(list.get("size").asInt()).isEqualTo(1);
            assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(newer.get("id").asString());
            assertThat(s.frontDesk.get("/api/v1/clients/" + s.clientId + "/plans").status()).isEqualTo(403);
        }
    }

    @Nested
    class SafetyOverTime {

        @Test
        void aNewerScreeningThatForbidsWhatThePlanUsesPutsItUnderReview(@Autowired PlansInForce inForce) {
            s.submit(with(tensionType(), "focus.areas", List.of("NECK_BACK", "SHOULDERS")));
            JsonNode plan = s.proposed();
            String path = s.plan(plan.get("id").asString());
            s.client.post(path + "/accept", Map.of("signature", "Test Client", "version", 1));
            UUID clientId = UUID.fromString(s.clientId);
            assertThat(inForce.of(clientId)).isPresent();

            s.submit(with(with(tensionType(), "focus.areas", List.of("NECK_BACK", "SHOULDERS")),
                    "health.osteoporosis", true));
            JsonNode review = s.therapist.get(path).json();
            assertThat(review.get("status").asString()).isEqualTo("NEEDS_REVIEW");
            assertThat(review.get("reviewReasons").toString()).contains("DEEP_NECK_WORK AVOID", "DEEP_PRESSURE AVOID");
            assertThat(inForce.of(clientId)).isEmpty();
            assertThat(s.client.post(path + "/accept", Map.of("signature", "Test Client", "version", 1)).status())
                    .isEqualTo(409);

            Api.Response fixed = s.therapist.put(path, edit(1, gentle(blocks(plan))));
            assertThat(fixed.status()).as(fixed.text()).isEqualTo(200);
            assertThat(fixed.json().get("status").asString()).isEqualTo("PROPOSED");
            assertThat(inForce.of(clientId)).as("not in force until accepted again").isEmpty();
            assertThat(s.client.post(path + "/accept", Map.of("signature", "Test Client", "version", 2)).status())
                    .isEqualTo(200);
            assertThat(inForce.of(clientId).orElseThrow().version()).isEqualTo(2);
        }

        @Test
        void anUrgentIntakeStopsThePlanAndEditsUntilANewIntake() {
            s.submit(tensionType());
            JsonNode plan = s.proposed();
            String path = s.plan(plan.get("id").asString());
            s.submit(with(tensionType(), "warning.thunderclap", true));
            JsonNode review = s.therapist.get(path).json();
            assertThat(review.get("status").asString()).isEqualTo("NEEDS_REVIEW");
            assertThat(review.get("reviewReasons").get(0).asString()).contains("URGENT");
            Api.Response edit = s.therapist.put(path, edit(1, blocks(plan)));
            assertThat(edit.status()).isEqualTo(422);
            assertThat(edit.json().get("reason").asString()).isEqualTo("URGENT");
        }

        /** Every block at pressure 2 or less, kneading on the neck (what osteoporosis allows). */
        private List<Map<String, Object>> gentle(List<Map<String, Object>> blocks) {
            for (Map<String, Object> block : blocks) {
                if (!"CONSULTATION".equals(block.get("technique"))) {
                    block.put("pressure", Math.min(2, (Integer) block.get("pressure")));
                }
                if (List.of("NECK_FRONT", "NECK_BACK", "BACK_OF_HEAD").contains(String.valueOf(block.get("area")))) {
                    block.put("technique", "KNEADING");
                }
            }
            return blocks;
        }
    }

    @Nested
    class CommentsAndPrinting {

        @Test
        void theClientAsksForChangesAndTheTherapistSeesIt() {
            s.submit(tensionType());
            String path = s.plan(s.proposed().get("id").asString());
            Api.Response asked = s.client.post(path + "/comments", Map.of("text", "Less pressure on my neck, please"));
            assertThat(asked.status()).as(asked.text()).isEqualTo(201);
            assertThat(asked.json().get("version").asInt()).isEqualTo(1);
            JsonNode list = s.therapist.get(path + "/comments").json();
            assertThat(list.get("total").asInt()).isEqualTo(1);
            assertThat(list.get("items").get(0).get("text").asString()).isEqualTo("Less pressure on my neck, please");
            assertThat(fields(s.client.post(path + "/comments", Map.of("text", " ")))).containsExactly("text");
            assertThat(s.frontDesk.post(path + "/comments", Map.of("text", "hi")).status()).isEqualTo(403);
            assertThat(anotherClient().post(path + "/comments", Map.of("text", "hi")).status()).isEqualTo(404);
        }

        @Test
        void thePrintablePlanCarriesTheBlocksTheEvidenceAndTheCaveat() throws Exception {
            s.submit(tensionType());
            String path = s.plan(s.proposed().get("id").asString());
            Api.Response pdf = s.client.get(path + ".pdf");
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            String text = PdfText.of(pdf.bytes());
            assertThat(text).contains("Your session plan", "Test Client", "Medical Massage, 60 minutes",
                    "Total: 60 minutes", "Focused work", "Pressing on tender knots", "The evidence behind this plan",
                    "Moraska", "Strength:", "Randomised, 56 people",
                    "Massage complements medical care; it never replaces it", "Proposed: not yet accepted");
            assertThat(s.frontDesk.get(path + ".pdf").status()).isEqualTo(403);
            assertThat(s.client.get(path + ".pdf?version=9").status()).isEqualTo(404);
            assertThat(text).contains("Total: 60 minutes (one hour)").doesNotContain("CAUTION").doesNotContain("WARM_UP");
            assertThat(PdfText.pages(pdf.bytes())).isEqualTo(1);
            assertThat(PdfText.title(pdf.bytes())).isEqualTo("Your session plan · Test Client");
            assertThat(PdfText.tagged(pdf.bytes())).isTrue();
            assertThat(PdfText.paper(pdf.bytes())).isEqualTo("Letter");
        }

        @Test
        void thePrintablePlanReadsInTheClientsLanguageOnThePracticesPaper(@Autowired JdbcClient jdbc) throws Exception {
            s.submit(tensionType());
            String path = s.plan(s.proposed().get("id").asString());
            jdbc.sql("update app_user set preferred_language = 'es' where id = (select user_id from client where id = :id)")
                    .param("id", UUID.fromString(s.clientId)).update();
            byte[] spanish = s.client.get(path + ".pdf").bytes();
            assertThat(PdfText.of(spanish)).contains("Su plan de sesión", "Trabajo específico", "Total: 60 minutos (una hora)",
                    "Solidez:", "Aleatorizado, 56 personas", "Propuesto: aún no aceptado", "nunca la sustituye");
            assertThat(PdfText.language(spanish)).isEqualTo("es-US");
            assertThat(PdfText.title(spanish)).startsWith("Su plan de sesión");
            assertThat(PdfText.pages(spanish)).isEqualTo(1);
            jdbc.sql("update practice set country = 'GB' where id = 1").update();
            try {
                byte[] british = s.client.get(path + ".pdf").bytes();
                assertThat(PdfText.paper(british)).isEqualTo("A4");
                assertThat(PdfText.pages(british)).isEqualTo(1);
            } finally {
                jdbc.sql("update practice set country = 'US' where id = 1").update();
            }
        }
    }

    @Test
    void theCatalogueIsReadable() {
        JsonNode catalogue = s.client.get("/api/v1/planning/catalogue").json();
        assertThat(catalogue.get("techniques").size()).isEqualTo(8);
        assertThat(catalogue.get("areas").size()).isEqualTo(11);
        assertThat(catalogue.get("evidence").toString()).contains("moraska-2015", "Randomised, 56 people");
    }

    private Api anotherClient() {
        String email = TestData.uniqueEmail("other");
        TestData.registerClient(s.anonymous, email);
        return s.anonymous.as(email, TestData.PASSWORD);
    }
}
