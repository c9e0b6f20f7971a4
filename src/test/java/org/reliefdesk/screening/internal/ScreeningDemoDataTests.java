package org.reliefdesk.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.screening.Screenings;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ScreeningDemoDataTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;
    @Autowired
    Clients clients;
    @Autowired
    Intakes intakes;
    @Autowired
    Screenings screenings;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    @Test
    void demoClientsCoverEveryStatusSignInAndSeedingTwiceAddsNothing() {
        if (!accounts.exists("therapist@demo.reliefdesk.local")) {
            accounts.create("therapist@demo.reliefdesk.local", DemoSeeder.DEMO_PASSWORD, "Tara Therapist",
                    Role.THERAPIST);
        }
        ScreeningDemoData demo = new ScreeningDemoData(accounts, clients, intakes, screenings, json, clock);
        demo.seed();
        demo.seed();
        Map<String, String> expected = Map.of("client", "CLEARED MIGRAINE_WITHOUT_AURA",
                "morgan", "CLEARED TENSION_TYPE_EPISODIC", "jordan", "CLEARED MIGRAINE_WITH_AURA",
                "sam", "CLEARED TENSION_TYPE_CHRONIC", "riley", "CLEARED MIGRAINE_WITHOUT_AURA",
                "pat", "CLEARANCE_REQUIRED CHRONIC_MIGRAINE", "drew", "URGENT NOT_ASSESSED",
                "lucia", "CLEARED MIGRAINE_WITHOUT_AURA");
        expected.forEach((name, outcome) -> {
            String email = name + "@demo.reliefdesk.local";
            Api api = Api.anonymous(port).as(email, DemoSeeder.DEMO_PASSWORD);
            String id = accounts.findByEmail(email).flatMap(a -> clients.findByUser(a.id()))
                    .map(c -> c.id().toString()).orElseThrow();
            JsonNode screening = api.get("/api/v1/clients/" + id + "/screening").json();
            assertThat(screening.get("status").asString() + " "
                    + screening.get("headachePattern").get("suggestion").asString()).as(name).isEqualTo(outcome);
            assertThat(api.get("/api/v1/clients/" + id + "/intakes").json().get("total").asInt()).as(name).isEqualTo(1);
            assertThat(screening.get("clearance").isNull()).as(name).isEqualTo(!name.equals("riley"));
        });
    }
}
