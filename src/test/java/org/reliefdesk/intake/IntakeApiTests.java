package org.reliefdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.support.IntakeFixtures.episodicMigraine;
import static org.reliefdesk.support.IntakeFixtures.submit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class IntakeApiTests {

    @LocalServerPort
    int port;

    Api anonymous;
    Api client;
    Api therapist;
    Api frontDesk;
    String clientId;

    @BeforeEach
    void setUp() {
        anonymous = Api.anonymous(port);
        String email = TestData.uniqueEmail("intake");
        clientId = TestData.registerClient(anonymous, email);
        client = anonymous.as(email, TestData.PASSWORD);
        therapist = anonymous.as(TestData.createStaff(anonymous, "THERAPIST"), TestData.PASSWORD);
        frontDesk = anonymous.as(TestData.createStaff(anonymous, "FRONT_DESK"), TestData.PASSWORD);
    }

    private String path(String rest) {
        return "/api/v1/clients/" + clientId + rest;
    }

    @Test
    void theFormListsItsSectionsInOrderWithCodesTypesAndConditions() {
        JsonNode form = anonymous.get("/api/v1/intake/form").json();
        assertThat(form.get("version").asInt()).isEqualTo(1);
        assertThat(form.get("sections").values().stream().map(s -> s.get("code").asString()).toList())
                .containsExactly("about", "headache", "warning", "health", "focus", "midas", "consent");
        JsonNode trimester = form.get("sections").get(0).get("questions").get(3);
        assertThat(trimester.get("code").asString()).isEqualTo("about.pregnancyTrimester");
        assertThat(trimester.get("askedWhen").toString()).isEqualTo("{\"code\":\"about.pregnant\",\"eq\":true}");
        assertThat(trimester.get("askedWhenText").asString()).isEqualTo("only when pregnant");
        assertThat(form.toString()).contains("\"code\":\"focus.areas\"", "\"value\":\"CAROTID_OR_VERTEBRAL_ARTERY_DISEASE\"",
                "Innovative Medical Research 1997").doesNotContainIgnoringCase("diagnos");
    }

    @Test
    void thePagesYesNoListLeavesTheFormUnchangedEachConditionItsOwnYesNoQuestion() {
        JsonNode health = anonymous.get("/api/v1/intake/form").json().get("sections").get(3);
        assertThat(health.get("code").asString()).isEqualTo("health");
        assertThat(health.propertyNames()).containsExactlyInAnyOrder("code", "title", "intro", "copyright", "questions");
        JsonNode diabetes = health.get("questions").values().stream()
                .filter(q -> q.get("code").asString().equals("health.diabetes")).findFirst().orElseThrow();
        assertThat(diabetes.get("type").asString()).isEqualTo("BOOLEAN");
        assertThat(diabetes.get("required").asBoolean()).isTrue();
        assertThat(health.toString()).doesNotContain("health.conditions", "groups");
    }

    @Nested
    class Drafts {

        @Test
        void aDraftKeepsAnySubsetAsTypedEvenInvalidValues() {
            assertThat(client.get(path("/intake/draft")).text()).isEqualTo("{}");
            Map<String, Object> draft = Map.of("headache", Map.of("daysPerMonth", "about eight", "aura", true),
                    "focus", Map.of("areas", List.of("TEMPLES", "ELBOWS")));
            var saved = client.put(path("/intake/draft"), draft);
            assertThat(saved.status()).isEqualTo(200);
            JsonNode read = client.get(path("/intake/draft")).json();
            assertThat(read.get("headache").get("daysPerMonth").asString()).isEqualTo("about eight");
            assertThat(read.get("focus").get("areas").toString()).isEqualTo("[\"TEMPLES\",\"ELBOWS\"]");
            assertThat(therapist.get(path("/intake/draft")).status()).isEqualTo(200);
        }

        @Test
        void submittingClearsTheDraft() {
            client.put(path("/intake/draft"), Map.of("about", Map.of("sexAtBirth", "FEMALE")));
            submit(client, clientId, episodicMigraine());
            assertThat(client.get(path("/intake/draft")).text()).isEqualTo("{}");
        }

        @Test
        void draftErrors() {
            assertThat(client.put(path("/intake/draft"), "[]").status()).isEqualTo(422);
            assertThat(client.put(path("/intake/draft"), "{oops").status()).isEqualTo(400);
            assertThat(frontDesk.put(path("/intake/draft"), Map.of()).status()).isEqualTo(403);
            assertThat(frontDesk.get(path("/intake/draft")).status()).isEqualTo(403);
            assertThat(anonymous.get(path("/intake/draft")).status()).isEqualTo(401);
            String other = TestData.registerClient(anonymous, TestData.uniqueEmail("other"));
            assertThat(client.get("/api/v1/clients/" + other + "/intake/draft").status()).isEqualTo(404);
            assertThat(client.put("/api/v1/clients/" + other + "/intake/draft", Map.of()).status()).isEqualTo(404);
            String huge = "{\"health\":{\"otherConditions\":\"" + "x".repeat(Intakes.MAX_DRAFT_CHARS) + "\"}}";
            assertThat(client.put(path("/intake/draft"), huge).status()).isEqualTo(422);
        }
    }

    @Nested
    class SubmittedIntakes {

        @Test
        void intakesAreNumberedListedNewestFirstAndReadBackByVersion() {
            submit(client, clientId, episodicMigraine());
            submit(client, clientId, episodicMigraine());
            JsonNode list = client.get(path("/intakes?size=1")).json();
            assertThat(list.get("total").asInt()).isEqualTo(2);
            assertThat(list.get("size").asInt()).isEqualTo(1);
            assertThat(list.get("items").get(0).get("version").asInt()).isEqualTo(2);
            JsonNode first = therapist.get(path("/intakes/1")).json();
            assertThat(first.get("version").asInt()).isEqualTo(1);
            assertThat(first.get("formVersion").asInt()).isEqualTo(1);
            assertThat(first.get("answers").get("headache").get("daysPerMonth").asInt()).isEqualTo(6);
            assertThat(first.get("answers").get("about").get("dateOfBirth").asString()).isEqualTo("1985-06-15");
        }

        @Test
        void readErrors() {
            submit(client, clientId, episodicMigraine());
            assertThat(client.get(path("/intakes/2")).status()).isEqualTo(404);
            assertThat(client.get(path("/intakes/first")).status()).isEqualTo(404);
            assertThat(frontDesk.get(path("/intakes")).status()).isEqualTo(403);
            assertThat(frontDesk.get(path("/intakes/1")).status()).isEqualTo(403);
            String otherEmail = TestData.uniqueEmail("other");
            TestData.registerClient(anonymous, otherEmail);
            Api other = anonymous.as(otherEmail, TestData.PASSWORD);
            assertThat(other.get(path("/intakes")).status()).isEqualTo(404);
            assertThat(other.get(path("/intakes/1")).status()).isEqualTo(404);
            assertThat(therapist.get("/api/v1/clients/" + UUID.randomUUID() + "/intakes").status()).isEqualTo(404);
        }
    }
}
