package org.reliefdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

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

@IntegrationTest
class AccountsApiTests {

    @LocalServerPort
    int port;
    Api api;
    Api admin;

    @BeforeEach
    void setUp() {
        api = Api.anonymous(port);
        admin = api.as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
    }

    @Test
    void registersAClientWhoThenReadsTheirOwnProfile() {
        String email = TestData.uniqueEmail("reg");
        var created = api.post("/api/v1/register", TestData.newClient(email));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var profile = api.as(email, TestData.PASSWORD).get("/api/v1/clients/" + id);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().get("screeningStatus").asString()).isEqualTo("NO_INTAKE");
        assertThat(profile.json().get("email").asString()).isEqualTo(email);
    }

    @Test
    void aClientAskingForAnotherClientGets404() {
        String mine = TestData.uniqueEmail("mine");
        TestData.registerClient(api, mine);
        String other = TestData.registerClient(api, TestData.uniqueEmail("other"));
        assertThat(api.as(mine, TestData.PASSWORD).get("/api/v1/clients/" + other).status()).isEqualTo(404);
    }

    @Test
    void apiTokensWorkInsteadOfPasswordsAndCanBeRevoked() {
        String email = TestData.uniqueEmail("token");
        TestData.registerClient(api, email);
        var issued = api.as(email, TestData.PASSWORD).post("/api/v1/tokens", null);
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        assertThat(token).hasSizeGreaterThan(40);
        Api bearer = api.bearer(token);
        assertThat(bearer.get("/api/v1/me").json().get("email").asString()).isEqualTo(email);
        assertThat(bearer.delete("/api/v1/tokens/" + issued.json().get("id").asString()).status()).isEqualTo(204);
        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void adminCreatesStaffOfEveryRoleAndFindsClients() {
        for (String role : new String[] {"THERAPIST", "FRONT_DESK", "ADMIN"}) {
            String email = TestData.uniqueEmail("staff");
            var created = admin.post("/api/v1/staff",
                    Map.of("email", email, "password", TestData.PASSWORD, "fullName", "Sam Staff", "role", role));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("role").asString()).isEqualTo(role);
        }
        String frontDesk = TestData.createStaff(api, "FRONT_DESK");
        String email = TestData.uniqueEmail("findme");
        var created = api.as(frontDesk, TestData.PASSWORD).post("/api/v1/clients",
                Map.of("email", email, "password", TestData.PASSWORD, "fullName", "Findable Person",
                        "dateOfBirth", "1970-01-02", "phone", "+1 555 0931"));
        assertThat(created.status()).isEqualTo(201);
        var found = api.as(frontDesk, TestData.PASSWORD).get("/api/v1/clients?query=findable");
        assertThat(found.json().get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(found.json().get("items").get(0).get("fullName").asString()).isEqualTo("Findable Person");
        assertThat(api.as(frontDesk, TestData.PASSWORD).get("/api/v1/clients?query=555%200931").json()
                .get("total").asLong()).isEqualTo(1);
    }

    @Test
    void adminEditsThePracticeDetails() {
        var updated = admin.put("/api/v1/practice", Map.of("name", "Calm Clinic", "address", "1 Main St",
                "phone", "555", "email", "desk@calm.example"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/practice").json().get("name").asString()).isEqualTo("Calm Clinic");
    }

    @Nested
    class BadInput {

        @Test
        void weakPasswordsAndMissingFieldsAre422WithOneEntryPerField() {
            var response = api.post("/api/v1/register",
                    Map.of("email", "not-an-email", "password", "password123", "dateOfBirth", "1990-01-01"));
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.contentType()).contains("application/problem+json");
            assertThat(response.text()).contains("\"field\":\"email\"", "\"field\":\"password\"",
                    "\"field\":\"fullName\"", "commonly used");
        }

        @Test
        void aDuplicateEmailIs409() {
            String email = TestData.uniqueEmail("dup");
            TestData.registerClient(api, email);
            assertThat(api.post("/api/v1/register", TestData.newClient(email.toUpperCase())).status()).isEqualTo(409);
        }

        @Test
        void malformedJsonAndWrongTypesAre400() {
            assertThat(api.post("/api/v1/register", "{not json").status()).isEqualTo(400);
            var wrongType = api.post("/api/v1/register", "{\"email\":\"x@y.z\",\"dateOfBirth\":[1]}");
            assertThat(wrongType.status()).isEqualTo(400);
            assertThat(wrongType.json().get("status").asInt()).isEqualTo(400);
            assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("dateOfBirth");
        }

        @Test
        void everyProblemCarriesTypeTitleStatusAndDetail() {
            for (var problem : List.of(api.get("/api/v1/clients"), admin.get("/api/v1/clients/" + UUID.randomUUID()),
                    api.post("/api/v1/register", "{not json"), api.post("/api/v1/register", Map.of()))) {
                assertThat(problem.contentType()).contains("application/problem+json");
                assertThat(problem.json().get("type").asString()).isEqualTo("about:blank");
                assertThat(problem.json().get("title").asString()).isNotBlank();
                assertThat(problem.json().get("status").asInt()).isEqualTo(problem.status());
                assertThat(problem.json().get("detail").asString()).isNotBlank();
            }
        }

        @Test
        void aNulCharacterIsBadInputNotAServerError() {
            var nul = api.post("/api/v1/register", "{\"email\":\"nul@x.test\",\"password\":\"tencharsok-2026\","
                    + "\"fullName\":\"A\\u0000B\",\"dateOfBirth\":\"1990-01-01\"}");
            assertThat(nul.status()).isEqualTo(422);
            assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("fullName");
            assertThat(admin.get("/api/v1/clients?query=%00").status()).isEqualTo(400);
        }

        @Test
        void staffCanBeReadBackById() {
            var created = admin.post("/api/v1/staff", Map.of("email", TestData.uniqueEmail("desk"), "password",
                    TestData.PASSWORD, "fullName", "Dana Desk", "role", "FRONT_DESK"));
            assertThat(created.status()).isEqualTo(201);
            var read = admin.get("/api/v1/staff/" + created.json().get("id").asString());
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("role").asString()).isEqualTo("FRONT_DESK");
            String clientId = TestData.registerClient(api, TestData.uniqueEmail("not-staff"));
            assertThat(admin.get("/api/v1/staff/" + clientId).status()).isEqualTo(404);
            assertThat(admin.get("/api/v1/staff/" + UUID.randomUUID()).status()).isEqualTo(404);
        }

        @Test
        void unknownIdsAndPathsAre404AndNoCredentialsIs401() {
            assertThat(admin.get("/api/v1/clients/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
            assertThat(admin.get("/api/v1/clients/not-a-uuid").status()).isEqualTo(404);
            assertThat(admin.get("/api/v1/no-such-thing").status()).isEqualTo(404);
            var anonymous = api.get("/api/v1/clients");
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.json().get("title").asString()).isEqualTo("Unauthorized");
        }

        @Test
        void rolesThatMayNotAreRefusedWith403() {
            String client = TestData.uniqueEmail("nosy");
            TestData.registerClient(api, client);
            assertThat(api.as(client, TestData.PASSWORD).get("/api/v1/clients").status()).isEqualTo(403);
            assertThat(api.as(client, TestData.PASSWORD).post("/api/v1/staff", Map.of()).status()).isEqualTo(403);
            String therapist = TestData.createStaff(api, "THERAPIST");
            assertThat(api.as(therapist, TestData.PASSWORD).post("/api/v1/clients",
                    TestData.newClient(TestData.uniqueEmail("x"))).status()).isEqualTo(403);
        }
    }
}
