package org.reliefdesk.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.planning.PlanApiSupport.blocks;
import static org.reliefdesk.planning.PlanApiSupport.tensionType;
import static org.reliefdesk.planning.PlanApiSupport.with;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.EnglishLeftovers;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A plan is proposed in its client's preferredLanguage, whoever proposes it, and remembers it: a Spanish-reading
 * client's plan has Spanish rationales (the screening's reasons in Spanish too) in the API and the PDF; an
 * English-reading client's plan is as before.
 */
@IntegrationTest
class PlanLanguageTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    PlanApiSupport s;

    @BeforeEach
    void setUp() {
        s = new PlanApiSupport(port);
    }

    @Test
    void aSpanishReadingClientsPlanIsProposedAndStoredInSpanish() throws Exception {
        assertThat(s.client.put("/api/v1/clients/" + s.clientId, Map.of("preferredLanguage", "es")).status())
                .isEqualTo(200);
        s.submit(with(tensionType(), "health.anticoagulants", true));

        JsonNode plan = s.proposed();

        assertThat(plan.get("language").asString()).isEqualTo("es");
        List<String> why = blocks(plan).stream().map(b -> (String) b.get("rationale")).toList();
        assertThat(why.get(0)).startsWith("Antes de cualquier trabajo manual revisamos que nada haya cambiado");
        assertThat(why).anySatisfy(w -> assertThat(w).contains("anticoagulantes (riesgo de moretones)"));
        assertThat(why).allSatisfy(w -> assertThat(EnglishLeftovers.inText(w)).as(w).isEmpty());
        List<String> notes = blocks(plan).stream().map(b -> (String) b.get("note")).filter(n -> n != null).toList();
        assertThat(notes).as("the cautions' notes for the therapist, in the plan's language").isNotEmpty()
                .allSatisfy(n -> assertThat(n).startsWith("Precaución: "))
                .allSatisfy(n -> assertThat(EnglishLeftovers.inText(n)).as(n).isEmpty());
        String id = plan.get("id").asString();
        assertThat(jdbc.sql("select text_language from plan where id = ?::uuid").param(id).query(String.class)
                .single()).isEqualTo("es");

        String pdf = PdfText.of(s.client.get(s.plan(id) + ".pdf").bytes());
        assertThat(pdf.replaceAll("\\s+", " ")).contains("Antes de cualquier trabajo manual", "Su plan de sesión",
                        "56 adultos con cefalea tensional")
                .as("the therapists' notes (rule text) are not on the client's plan").doesNotContain("Caution", "CAUTION");
    }

    @Test
    void anEnglishReadingClientsPlanIsInEnglish() {
        s.submit(tensionType());

        JsonNode plan = s.proposed();

        assertThat(plan.get("language").asString()).isEqualTo("en");
        assertThat((String) blocks(plan).get(0).get("rationale")).startsWith("Before any hands-on work we check");
        assertThat(jdbc.sql("select text_language from plan where id = ?::uuid").param(plan.get("id").asString())
                .query(String.class).single()).isEqualTo("en");
    }
}
