package org.reliefdesk.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.reliefdesk.planning.PlanInForce;
import org.reliefdesk.planning.PlansInForce;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** Tests may give a client a plan in force directly; everyone else's comes from the planning module. */
@Component
@Primary
public class TestPlans implements PlansInForce {

    private static final Map<UUID, PlanInForce> OVERRIDES = new ConcurrentHashMap<>();
    private final ObjectProvider<PlansInForce> all;

    TestPlans(ObjectProvider<PlansInForce> all) {
        this.all = all;
    }

    /** A 60-minute plan using these techniques (one block each, the rest kneading). */
    public static void set(String clientId, String... techniques) {
        List<PlanInForce.Block> blocks = new java.util.ArrayList<>();
        int order = 1;
        for (String technique : techniques) {
            blocks.add(new PlanInForce.Block(order++, 10, "FOCUSED", "SHOULDERS", technique, 3));
        }
        blocks.add(new PlanInForce.Block(order, 60 - 10 * techniques.length, "WARM_UP", "UPPER_BACK", "KNEADING", 3));
        OVERRIDES.put(UUID.fromString(clientId), new PlanInForce(UUID.randomUUID(), 1, "MEDICAL_MASSAGE_60", blocks));
    }

    @Override
    public Optional<PlanInForce> of(UUID clientId) {
        PlanInForce plan = OVERRIDES.get(clientId);
        if (plan != null) {
            return Optional.of(plan);
        }
        return all.orderedStream().filter(p -> p != this).findFirst().flatMap(p -> p.of(clientId));
    }
}
