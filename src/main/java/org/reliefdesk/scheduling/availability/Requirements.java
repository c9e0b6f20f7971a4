package org.reliefdesk.scheduling.availability;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.reliefdesk.planning.PlanInForce;
import org.reliefdesk.planning.PlansInForce;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Skill;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a session needs: the service's skills, plus those of the techniques in the client's
 * accepted plan in force (trigger point, reflexology, hot stone), and a hot-stone kit when
 * the plan uses hot stones. Without a plan (or without the planning module): the service alone.
 */
@Component
public class Requirements {

    private static final Set<String> SKILLED_TECHNIQUES = Set.of(Skill.TRIGGER_POINT.name(), Skill.REFLEXOLOGY.name(),
            Skill.HOT_STONE.name());
    private final ObjectProvider<PlansInForce> plans;

    Requirements(ObjectProvider<PlansInForce> plans) {
        this.plans = plans;
    }

    /** The needs of one session; {@code plan} is null when none is in force. */
    public record Needs(Set<String> skills, boolean kit, PlanInForce plan) {
    }

    public Needs of(Service service, UUID clientId) {
        Set<String> skills = new TreeSet<>(service.requiredSkills());
        PlansInForce lookup = clientId == null ? null : plans.getIfAvailable();
        Optional<PlanInForce> plan = lookup == null ? Optional.empty() : lookup.of(clientId);
        if (plan.isEmpty()) {
            return new Needs(skills, false, null);
        }
        for (String technique : plan.get().techniques()) {
            if (SKILLED_TECHNIQUES.contains(technique)) {
                skills.add(technique);
            }
        }
        return new Needs(skills, plan.get().usesHotStones(), plan.get());
    }
}
