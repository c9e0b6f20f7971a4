package org.reliefdesk.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.planning.PlanApiSupport.blocks;
import static org.reliefdesk.planning.PlanApiSupport.change;
import static org.reliefdesk.planning.PlanApiSupport.edit;
import static org.reliefdesk.planning.PlanApiSupport.tensionType;
import static org.reliefdesk.planning.PlanApiSupport.with;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The plan rules in the reader's language over the API: review reasons stored as codes with their values and said in
 * English (as always) or Spanish, an old reason stored as text only shown as stored, and a 422's block errors in full
 * Spanish for {@code Accept-Language: es}.
 */
@IntegrationTest
class PlanRuleWordsTests {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    PlanApiSupport s;
    String therapist;
    JsonNode plan;
    String path;

    @BeforeEach
    void aPlanForTheNeckAndShoulders() {
        s = new PlanApiSupport(port);
        therapist = TestData.createStaff(s.anonymous, "THERAPIST");
        s.submit(with(tensionType(), "focus.areas", List.of("NECK_BACK", "SHOULDERS")));
        plan = s.proposed();
        path = s.plan(plan.get("id").asString());
    }

    @Test
    void reviewReasonsAreStoredAsCodesAndSaidInTheReadersLanguage() {
        s.submit(with(with(tensionType(), "focus.areas", List.of("NECK_BACK", "SHOULDERS")), "health.osteoporosis", true));
        UUID id = UUID.fromString(plan.get("id").asString());
        String codes = jdbc.sql("select review_codes::text from plan where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(codes).contains("\"code\": \"plan.rule.blockError\"", "plan.rule.restriction.DEEP_NECK_WORK.AVOID",
                "{\"reason\": \"Fragile bones (osteoporosis)\"}");

        JsonNode english = get(path, "en");
        assertThat(english.get("status").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(english.get("reviewReasons").toString()).contains("DEEP_NECK_WORK AVOID", "DEEP_PRESSURE AVOID");
        assertThat(english.get("reviewReasonCodes").get(0).get("code").asString()).isEqualTo("plan.rule.blockError");
        assertThat(english.get("reviewReasonCodes").size()).isEqualTo(english.get("reviewReasons").size());

        JsonNode spanish = get(path, "es");
        assertThat(spanish.get("reviewReasons").toString())
                .contains("Bloque", "EVITAR trabajo profundo en el cuello", "Huesos frágiles (osteoporosis)")
                .doesNotContain("Block", "AVOID", "Osteoporosis");
        assertThat(spanish.get("reviewReasonCodes")).isEqualTo(english.get("reviewReasonCodes"));
    }

    @Test
    void aReasonStoredAsTextOnlyIsShownAsStored() {
        String old = "Block 2 (Kneading, Back of the neck): pressure 3 is above 2: DEEP_NECK_WORK AVOID (Osteoporosis)";
        jdbc.sql("update plan set status = 'NEEDS_REVIEW', review_reasons = :reasons, review_codes = null where id = :id")
                .param("reasons", new String[] {old}).param("id", UUID.fromString(plan.get("id").asString())).update();
        for (String language : List.of("en", "es")) {
            JsonNode read = get(path, language);
            assertThat(read.get("reviewReasons").get(0).asString()).isEqualTo(old);
            assertThat(read.get("reviewReasonCodes").size()).isZero();
        }
    }

    @Test
    void aBrokenBlockIsA422InFullSpanishForASpanishReader() {
        List<Map<String, Object>> blocks = change(blocks(plan), 1, "pressure", 5);
        JsonNode problem = send("PUT", path, edit(1, blocks), "es");
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("blocks[1].pressure");
        assertThat(error.get("message").asString()).startsWith("Bloque 2 (").contains("la presión 5 supera 3",
                "la presión que eligió el cliente").doesNotContainPattern("\\b(Block|pressure|client)\\b");
        JsonNode english = send("PUT", path, edit(1, blocks), "en");
        assertThat(english.get("errors").get(0).get("message").asString()).startsWith("Block 2 (")
                .endsWith(": pressure 5 is above 3: the client's preferred pressure (focus.pressure) is 3");
    }

    private JsonNode get(String target, String language) {
        return send("GET", target, null, language);
    }

    private JsonNode send(String method, String target, Object body, String language) {
        String basic = Base64.getEncoder().encodeToString((therapist + ":" + TestData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            String json = body == null ? null : PlanApiSupport.JSON.writeValueAsString(body);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json").header("Accept-Language", language)
                    .header("Authorization", "Basic " + basic).build();
            return PlanApiSupport.JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
