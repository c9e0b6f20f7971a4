package org.reliefdesk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PlanningDemoDataTests {

    @LocalServerPort
    int port;

    @Autowired
    SessionPlans plans;

    @Autowired
    PlanStore store;

    @Autowired
    ClientRecords records;

    @Autowired
    Clients clients;

    @Autowired
    Accounts accounts;

    @Test
    void demoClientsWhoseScreeningAllowsAPlanGetOneOnceAndOthersNone() {
        Api admin = Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
        if (!accounts.exists(PlanningDemoData.THERAPIST)) {
            admin.post("/api/v1/staff", Map.of("email", PlanningDemoData.THERAPIST, "password", TestData.PASSWORD,
                    "fullName", "Theo Therapist", "role", "THERAPIST"));
        }
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String cleared = demoClient("cleared-" + tag, IntakeFixtures.episodicTensionType());
        String urgent = demoClient("urgent-" + tag, IntakeFixtures.with(IntakeFixtures.episodicTensionType(),
                "warning.thunderclap", true));
        PlanningDemoData demo = new PlanningDemoData(plans, store, records, clients, accounts);

        demo.seed();
        demo.seed();

        List<SessionPlan> clearedPlans = store.list(UUID.fromString(cleared), PageParams.of(0, 10)).items();
        assertThat(clearedPlans).hasSize(1);
        assertThat(clearedPlans.get(0).status()).isIn(PlanStatus.PROPOSED, PlanStatus.ACCEPTED);
        assertThat(store.blocks(clearedPlans.get(0).id(), 1).stream().mapToInt(PlanBlock::minutes).sum())
                .isEqualTo(60);
        assertThat(store.list(UUID.fromString(urgent), PageParams.of(0, 10)).items()).isEmpty();
    }

    private String demoClient(String name, Map<String, Object> intake) {
        String email = name + "@demo.reliefdesk.local";
        Api anonymous = Api.anonymous(port);
        String id = TestData.registerClient(anonymous, email);
        IntakeFixtures.submit(anonymous.as(email, TestData.PASSWORD), id, intake);
        return id;
    }
}
