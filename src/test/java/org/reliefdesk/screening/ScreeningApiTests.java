package org.reliefdesk.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.support.IntakeFixtures.episodicMigraine;
import static org.reliefdesk.support.IntakeFixtures.submit;
import static org.reliefdesk.support.IntakeFixtures.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ScreeningApiTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Autowired
    ScreeningEventsRecorder events;

    Api anonymous;
    Api client;
    Api therapist;
    Api frontDesk;
    String clientId;

    @BeforeEach
    void setUp() {
        anonymous = Api.anonymous(port);
        String email = TestData.uniqueEmail("screen");
        clientId = TestData.registerClient(anonymous, email);
        client = anonymous.as(email, TestData.PASSWORD);
        therapist = anonymous.as(TestData.createStaff(anonymous, "THERAPIST"), TestData.PASSWORD);
        frontDesk = anonymous.as(TestData.createStaff(anonymous, "FRONT_DESK"), TestData.PASSWORD);
    }

    private String path(String rest) {
        return "/api/v1/clients/" + clientId + rest;
    }

    @Nested
    class Submitting {

        @Test
        void screensInTheSameRequestAndTheNewestScreeningCountsEverywhere() {
            var created = submit(client, clientId, episodicMigraine());
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            JsonNode body = created.json();
            assertThat(body.get("version").asInt()).isEqualTo(1);
            assertThat(body.get("formVersion").asInt()).isEqualTo(1);
            assertThat(body.get("intakeId").asString()).isNotBlank();
            assertThat(body.get("submittedAt").asString()).isNotBlank();
            JsonNode screening = body.get("screening");
            assertThat(screening.get("status").asString()).isEqualTo("CLEARED");
            assertThat(screening.get("headachePattern").get("suggestion").asString()).isEqualTo("MIGRAINE_WITHOUT_AURA");
            assertThat(screening.get("midas").get("score").asInt()).isEqualTo(11);
            assertThat(screening.get("midas").get("grade").asString()).isEqualTo("III");

            JsonNode read = client.get(path("/screening")).json();
            assertThat(read.get("intakeId").asString()).isEqualTo(body.get("intakeId").asString());
            assertThat(read.get("status").asString()).isEqualTo("CLEARED");
            assertThat(frontDesk.get(path("")).json().get("screeningStatus").asString()).isEqualTo("CLEARED");

            var second = submit(client, clientId, with(episodicMigraine(), "warning.thunderclap", true));
            assertThat(second.json().get("version").asInt()).isEqualTo(2);
            assertThat(second.json().get("screening").get("status").asString()).isEqualTo("URGENT");
            assertThat(second.json().get("screening").get("headachePattern").get("suggestion").asString())
                    .isEqualTo("NOT_ASSESSED");
            assertThat(frontDesk.get(path("")).json().get("screeningStatus").asString()).isEqualTo("URGENT");
            assertThat(client.get(path("/intakes/1/screening")).json().get("status").asString()).isEqualTo("CLEARED");
            assertThat(client.get(path("/intakes/3/screening")).status()).isEqualTo(404);
            assertThat(frontDesk.get(path("/intakes/1/screening")).status()).isEqualTo(403);
            assertThat(events.of(UUID.fromString(clientId))).extracting(r -> r.event().status().name())
                    .containsExactly("CLEARED", "URGENT");
            assertThat(events.of(UUID.fromString(clientId))).allMatch(ScreeningEventsRecorder.Received::inTransaction);
        }

        @Test
        void updatesTheProfileDateOfBirthAndSignsTheConsentOnTheServer() {
            var created = submit(client, clientId, with(with(episodicMigraine(), "about.dateOfBirth", "1979-02-03"),
                    "consent.signedAt", "1999-01-01T00:00:00Z"));
            assertThat(created.status()).isEqualTo(201);
            assertThat(client.get(path("")).json().get("dateOfBirth").asString()).isEqualTo("1979-02-03");
            JsonNode answers = client.get(path("/intakes/1")).json().get("answers");
            assertThat(answers.get("consent").get("signedAt").asString()).startsWith(LocalDate.now().getYear() + "-");
            assertThat(answers.get("headache").get("acuteMedicationKinds").toString()).isEqualTo("[\"NSAID\",\"TRIPTAN\"]");
        }

        @Test
        void aTherapistMaySubmitForTheClient() {
            assertThat(submit(therapist, clientId, episodicMigraine()).status()).isEqualTo(201);
        }

        @Test
        void aClientWithoutAnIntakeIsNoIntake() {
            assertThat(frontDesk.get(path("")).json().get("screeningStatus").asString()).isEqualTo("NO_INTAKE");
        }
    }

    @Nested
    class SubmitErrors {

        @Test
        void anonymousIs401() {
            assertThat(submit(anonymous, clientId, episodicMigraine()).status()).isEqualTo(401);
        }

        @Test
        void frontDeskIs403() {
            assertThat(submit(frontDesk, clientId, episodicMigraine()).status()).isEqualTo(403);
        }

        @Test
        void anotherClientsIdOrAnUnknownIdIs404() {
            String other = TestData.registerClient(anonymous, TestData.uniqueEmail("other"));
            assertThat(submit(client, other, episodicMigraine()).status()).isEqualTo(404);
            assertThat(submit(therapist, UUID.randomUUID().toString(), episodicMigraine()).status()).isEqualTo(404);
            assertThat(submit(therapist, "not-a-uuid", episodicMigraine()).status()).isEqualTo(404);
        }

        @Test
        void malformedJsonIs400() {
            assertThat(client.post(path("/intake"), "{\"about\": ").status()).isEqualTo(400);
        }

        @Test
        void aBodyThatIsNotAnObjectIs422() {
            var response = client.post(path("/intake"), "[1, 2]");
            assertThat(response.status()).isEqualTo(422);
            assertThat(fields(response)).containsExactly("intake");
        }

        @Test
        void anEmptyIntakeNamesEveryRequiredFieldOnce() {
            var response = client.post(path("/intake"), Map.of());
            assertThat(response.status()).isEqualTo(422);
            List<String> fields = fields(response);
            assertThat(fields).doesNotHaveDuplicates().contains("about.dateOfBirth", "about.pregnant",
                    "headache.daysPerMonth", "warning.thunderclap", "health.neckConditions", "focus.areas",
                    "midas.q1", "midas.b", "consent.treatment", "consent.signature")
                    .doesNotContain("about.physician", "about.pregnancyTrimester", "health.neckInjuryWeeksAgo",
                            "headache.acuteMedicationKinds", "consent.signedAt");
            assertThat(response.json().get("errors").values()).allMatch(e -> e.get("message").asString()
                    .equals("is required"));
        }

        @Test
        void wrongTypesAre422NotA400() {
            Map<String, Object> intake = with(episodicMigraine(), "headache.daysPerMonth", "eight");
            intake = with(intake, "warning.thunderclap", "no");
            intake = with(intake, "health.neckConditions", "NONE");
            intake = with(intake, "about.dateOfBirth", 1985);
            intake = with(intake, "headache.typicalDurationHours", 2.5);
            intake = with(intake, "headache.typicalIntensity", 6.5);
            var response = submit(client, clientId, intake);
            assertThat(response.status()).isEqualTo(422);
            assertThat(fields(response)).containsExactlyInAnyOrder("headache.daysPerMonth", "warning.thunderclap",
                    "health.neckConditions", "about.dateOfBirth", "headache.typicalIntensity");
        }

        @Test
        void outOfRangeValuesAre422() {
            Map<String, Object> intake = with(episodicMigraine(), "headache.daysPerMonth", 32);
            intake = with(intake, "focus.pressure", 0);
            intake = with(intake, "midas.q3", 93);
            intake = with(intake, "headache.typicalDurationHours", 0);
            intake = with(intake, "headache.location", "EVERYWHERE");
            intake = with(intake, "health.footProblems", List.of("BLISTER"));
            intake = with(intake, "about.dateOfBirth", LocalDate.now().plusDays(1).toString());
            var response = submit(client, clientId, intake);
            assertThat(fields(response)).containsExactlyInAnyOrder("headache.daysPerMonth", "focus.pressure",
                    "midas.q3", "headache.typicalDurationHours", "headache.location", "health.footProblems",
                    "about.dateOfBirth");
        }

        @Test
        void conditionalRulesAre422() {
            Map<String, Object> intake = with(episodicMigraine(), "health.neckConditions", List.of("NONE", "DISC_HERNIATION"));
            intake = with(intake, "about.pregnancyTrimester", 2);
            intake = with(intake, "headache.acuteMedicationKinds", List.of("NONE"));
            intake = with(intake, "consent.treatment", false);
            intake = with(intake, "focus.areas", List.of());
            var response = submit(client, clientId, intake);
            assertThat(fields(response)).containsExactlyInAnyOrder("health.neckConditions",
                    "about.pregnancyTrimester", "headache.acuteMedicationKinds", "consent.treatment", "focus.areas");

            Map<String, Object> male = with(episodicMigraine(), "about.sexAtBirth", "MALE");
            male = with(male, "about.pregnant", true);
            assertThat(fields(submit(client, clientId, male))).containsExactly("about.pregnant");

            Map<String, Object> pregnant = with(episodicMigraine(), "about.pregnant", true);
            assertThat(fields(submit(client, clientId, pregnant))).containsExactly("about.pregnancyTrimester");

            Map<String, Object> maleWithTrimester = with(with(episodicMigraine(), "about.sexAtBirth", "MALE"),
                    "about.pregnant", null);
            maleWithTrimester = with(maleWithTrimester, "about.recentlyGaveBirth", null);
            maleWithTrimester = with(maleWithTrimester, "about.pregnancyTrimester", 2);
            assertThat(fields(submit(client, clientId, maleWithTrimester))).containsExactly("about.pregnancyTrimester");

            Map<String, Object> aboutNotAnObject = new java.util.HashMap<>(episodicMigraine());
            aboutNotAnObject.put("about", "x");
            assertThat(fields(submit(client, clientId, aboutNotAnObject))).contains("about")
                    .doesNotContain("about.physician", "about.pregnancyTrimester");

            Map<String, Object> kindsMissing = with(episodicMigraine(), "headache.acuteMedicationKinds", null);
            assertThat(fields(submit(client, clientId, kindsMissing))).containsExactly("headache.acuteMedicationKinds");
        }

        @Test
        void aMaleClientNeedNotAnswerPregnancyQuestions() {
            Map<String, Object> male = with(episodicMigraine(), "about.sexAtBirth", "MALE");
            male = with(male, "about.pregnant", null);
            male = with(male, "about.recentlyGaveBirth", null);
            male = with(male, "headache.acuteMedicationDaysPerMonth", 0);
            male = with(male, "headache.acuteMedicationKinds", null);
            assertThat(submit(client, clientId, male).status()).isEqualTo(201);
        }
    }

    @Nested
    class ReadingScreenings {

        @Test
        void anonymousIs401() {
            assertThat(anonymous.get(path("/screening")).status()).isEqualTo(401);
            assertThat(anonymous.get(path("/intakes")).status()).isEqualTo(401);
            assertThat(anonymous.get(path("/clearances")).status()).isEqualTo(401);
            assertThat(anonymous.post(path("/clearances"), Map.of()).status()).isEqualTo(401);
        }

        @Test
        void noIntakeYetIs404() {
            assertThat(client.get(path("/screening")).status()).isEqualTo(404);
        }

        @Test
        void frontDeskIs403AndAnotherClientIs404() {
            submit(client, clientId, episodicMigraine());
            assertThat(frontDesk.get(path("/screening")).status()).isEqualTo(403);
            String otherEmail = TestData.uniqueEmail("other");
            TestData.registerClient(anonymous, otherEmail);
            assertThat(anonymous.as(otherEmail, TestData.PASSWORD).get(path("/screening")).status()).isEqualTo(404);
        }

        @Test
        void everyStaffReadIsAudited() {
            submit(client, clientId, episodicMigraine());
            assertThat(therapist.get(path("/screening")).status()).isEqualTo(200);
            assertThat(therapist.get(path("/intakes/1")).status()).isEqualTo(200);
            assertThat(therapist.get(path("/intakes")).status()).isEqualTo(200);
            assertThat(therapist.get(path("/clearances")).status()).isEqualTo(200);
            var entries = audit.list(UUID.fromString(clientId), null, PageParams.of(0, 50)).items();
            assertThat(entries).extracting(e -> e.action()).contains("READ_SCREENING", "READ_INTAKE", "READ_INTAKES",
                    "READ_CLEARANCES", "SUBMIT_INTAKE");
            assertThat(entries).filteredOn(e -> e.action().startsWith("READ_"))
                    .allMatch(e -> e.actorRole().equals("THERAPIST"));
        }
    }

    @Nested
    class Clearances {

        private Map<String, Object> clearance() {
            return Map.of("clearedBy", "Dr Mira Patel", "clearedOn", LocalDate.now().toString(),
                    "note", "Seen in clinic; fine for gentle massage");
        }

        @Test
        void aClearanceLiftsClearanceRequiredAndANewIntakeNeedsItsOwn() {
            submit(client, clientId, with(episodicMigraine(), "warning.progressive", true));
            assertThat(client.get(path("/screening")).json().get("status").asString()).isEqualTo("CLEARANCE_REQUIRED");
            var recorded = therapist.post(path("/clearances"), clearance());
            assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
            String id = recorded.json().get("id").asString();
            assertThat(therapist.get(path("/clearances/" + id)).json().get("clearedBy").asString())
                    .isEqualTo("Dr Mira Patel");
            JsonNode screening = client.get(path("/screening")).json();
            assertThat(screening.get("status").asString()).isEqualTo("CLEARED");
            assertThat(screening.get("clearance").get("clearedBy").asString()).isEqualTo("Dr Mira Patel");
            assertThat(screening.get("clearance").get("recordedBy").asString()).isNotBlank();
            assertThat(screening.get("flags").toString()).contains("PROGRESSIVE");
            assertThat(frontDesk.get(path("")).json().get("screeningStatus").asString()).isEqualTo("CLEARED");
            assertThat(client.get(path("/clearances")).json().get("total").asInt()).isEqualTo(1);
            assertThat(events.of(UUID.fromString(clientId))).extracting(r -> r.event().status().name())
                    .containsExactly("CLEARANCE_REQUIRED", "CLEARED");

            assertThat(therapist.post(path("/clearances"), clearance()).status()).isEqualTo(409);

            submit(client, clientId, with(episodicMigraine(), "warning.progressive", true));
            assertThat(client.get(path("/screening")).json().get("status").asString()).isEqualTo("CLEARANCE_REQUIRED");
            assertThat(client.get(path("/screening")).json().get("clearance").isNull()).isTrue();
        }

        @Test
        void anUrgentScreeningCannotBeCleared() {
            submit(client, clientId, with(episodicMigraine(), "warning.fever", true));
            var response = therapist.post(path("/clearances"), clearance());
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.text()).contains("URGENT");
        }

        @Test
        void aClearedScreeningNeedsNoClearanceAndNoIntakeHasNothingToClear() {
            assertThat(therapist.post(path("/clearances"), clearance()).status()).isEqualTo(422);
            submit(client, clientId, episodicMigraine());
            assertThat(therapist.post(path("/clearances"), clearance()).status()).isEqualTo(422);
        }

        @Test
        void onlyTherapistsAndAdminsRecordClearances() {
            submit(client, clientId, with(episodicMigraine(), "warning.progressive", true));
            assertThat(client.post(path("/clearances"), clearance()).status()).isEqualTo(403);
            assertThat(frontDesk.post(path("/clearances"), clearance()).status()).isEqualTo(403);
            assertThat(frontDesk.get(path("/clearances")).status()).isEqualTo(403);
            assertThat(therapist.post("/api/v1/clients/" + UUID.randomUUID() + "/clearances", clearance()).status())
                    .isEqualTo(404);
            assertThat(anonymous.as(TestData.ADMIN_EMAIL, TestData.PASSWORD).post(path("/clearances"), clearance())
                    .status()).isEqualTo(201);
        }

        @Test
        void clearanceFieldsAreChecked() {
            submit(client, clientId, with(episodicMigraine(), "warning.progressive", true));
            var response = therapist.post(path("/clearances"), Map.of("clearedBy", " ",
                    "clearedOn", LocalDate.now().plusDays(1).toString()));
            assertThat(response.status()).isEqualTo(422);
            assertThat(fields(response)).containsExactlyInAnyOrder("clearedBy", "clearedOn");
            assertThat(fields(therapist.post(path("/clearances"), Map.of("clearedBy", "Dr X", "clearedOn", "soon"))))
                    .containsExactly("clearedOn");
            assertThat(fields(therapist.post(path("/clearances"), Map.of("clearedBy", "Dr X",
                    "clearedOn", LocalDate.now().minusYears(1).minusDays(2).toString())))).containsExactly("clearedOn");
            var seenLastWeek = therapist.post(path("/clearances"), Map.of("clearedBy", "Dr X",
                    "clearedOn", LocalDate.now().minusDays(7).toString()));
            assertThat(seenLastWeek.status()).as(seenLastWeek.text()).isEqualTo(201);
            assertThat(therapist.get(path("/clearances/" + UUID.randomUUID())).status()).isEqualTo(404);
            assertThat(therapist.post(path("/clearances"), "{\"clearedBy\": ").status()).isEqualTo(400);
        }
    }

    static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        return response.json().get("errors").values().stream().map(e -> e.get("field").asString()).toList();
    }

    static Map<String, Object> intake() {
        return IntakeFixtures.episodicMigraine();
    }
}
