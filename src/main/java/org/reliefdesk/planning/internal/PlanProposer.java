package org.reliefdesk.planning.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.reliefdesk.planning.internal.SessionTemplate.PhaseTemplate;
import org.springframework.stereotype.Component;

/**
 * Proposes a first draft of a session plan from the client's answers and screening, following
 * the phase template (CLINICAL.md section 7) for any service length: focused work where the
 * client's marked areas and headache location point, at the client's pressure or lighter,
 * nothing a restriction forbids, each block with its plain-language reason and evidence.
 */
@Component
class PlanProposer {

    private final Catalogue catalogue;

    PlanProposer(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The proposed blocks, numbered and summing to {@code serviceMinutes}; a 422 when no plan can be made. */
    List<PlanBlock> propose(ClientContext client, int serviceMinutes) {
        return propose(client, serviceMinutes, PlanWords.english(catalogue));
    }

    /** The proposal with its rationales in {@code words}' language (the client's). */
    List<PlanBlock> propose(ClientContext client, int serviceMinutes, PlanWords words) {
        var refusal = NoPlan.unlessAllowed(client.screening());
        if (refusal != null) {
            throw refusal;
        }
        return new Draft(client, words).plan(serviceMinutes);
    }

    /** One proposal in the making. */
    private final class Draft {

        private final ClientContext client;
        private final PlanLimits limits;
        private final SessionTemplate template;
        private final Rationales words;
        private final PlanWords text;
        private final Map<Phase, String> notices = new EnumMap<>(Phase.class);

        Draft(ClientContext client, PlanWords text) {
            this.client = client;
            this.text = text;
            this.limits = new PlanLimits(catalogue, client, text);
            this.template = catalogue.template();
            this.words = new Rationales(client, text);
        }

        List<PlanBlock> plan(int serviceMinutes) {
            Map<Phase, Integer> minutes = template.minutesFor(serviceMinutes);
            List<Step> warmUp = warmUp();
            List<Step> focused = new FocusedWork(catalogue, client, limits, words).steps();
            if (focused.isEmpty()) {
                throw NoPlan.noWorkableArea();
            }
            List<Step> adjunct = adjunct();
            int spare = (warmUp.isEmpty() ? minutes.get(Phase.WARM_UP) : 0)
                    + (adjunct.isEmpty() ? minutes.get(Phase.ADJUNCT) : 0);
            List<Step> steps = new ArrayList<>();
            steps.addAll(spread(List.of(Step.consultation(Phase.ASSESSMENT, text.text("assessment"))),
                    minutes.get(Phase.ASSESSMENT)));
            steps.addAll(spread(warmUp, minutes.get(Phase.WARM_UP)));
            steps.addAll(spread(focused, minutes.get(Phase.FOCUSED) + spare));
            steps.addAll(spread(adjunct, minutes.get(Phase.ADJUNCT)));
            steps.addAll(closing(minutes.get(Phase.CLOSING), serviceMinutes));
            placeNotices(steps);
            List<PlanBlock> blocks = new ArrayList<>();
            for (Step step : steps) {
                blocks.add(step.toBlock(blocks.size() + 1));
            }
            return blocks;
        }

        private List<Step> warmUp() {
            PhaseTemplate phase = template.phase(Phase.WARM_UP);
            boolean wantsStones = ClientContext.WANT.equals(client.hotStones());
            boolean stonesPlaced = false;
            String stonesRefused = null;
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < phase.areas().size(); i++) {
                String area = phase.areas().get(i);
                if (limits.closed(area)) {
                    continue;
                }
                Technique technique = catalogue.technique(phase.techniques().get(i));
                String rationale = text.text("warmUp", "technique", text.technique(technique), "area", text.area(area));
                if (wantsStones && !stonesPlaced && phase.hotStoneAreas().contains(area)) {
                    Allowance stones = limits.of(area, catalogue.technique("HOT_STONE"));
                    if (stones.allowed()) {
                        technique = catalogue.technique("HOT_STONE");
                        rationale = text.text("hotStones", "area", text.area(area));
                        stonesPlaced = true;
                    } else if (stonesRefused == null) {
                        stonesRefused = stones.refusals().get(0).plain();
                    }
                }
                Allowance allowance = limits.of(area, technique);
                if (allowance.allowed()) {
                    steps.add(words.step(Phase.WARM_UP, area, technique, allowance, phase.pressure(), rationale,
                            template.evidence("WARM_UP", client.headacheFamily())));
                }
            }
            if (wantsStones && !stonesPlaced) {
                notices.put(Phase.WARM_UP, text.text("hotStonesLeftOut", "reason",
                        stonesRefused == null ? text.limit("stonesNoArea") : stonesRefused));
            }
            return steps;
        }

        private List<Step> adjunct() {
            PhaseTemplate phase = template.phase(Phase.ADJUNCT);
            if (ClientContext.WANT.equals(client.reflexology())) {
                Technique reflexology = catalogue.technique("REFLEXOLOGY");
                String refused = null;
                for (String area : phase.reflexologyAreas()) {
                    Allowance allowance = limits.of(area, reflexology);
                    if (allowance.allowed()) {
                        String rationale = refused == null ? text.text("reflexology", "area", text.area(area))
                                : text.text("reflexologyMoved", "reason", refused);
                        return List.of(words.step(Phase.ADJUNCT, area, reflexology, allowance,
                                phase.reflexologyPressure(), rationale,
                                template.evidence("REFLEXOLOGY", client.headacheFamily())));
                    }
                    refused = refused == null ? allowance.refusals().get(0).plain() : refused;
                }
                notices.put(Phase.ADJUNCT, text.text("reflexologyLeftOut", "reason", refused));
            }
            Technique stretching = catalogue.technique(phase.techniques().get(0));
            for (String area : phase.areas()) {
                Allowance allowance = limits.of(area, stretching);
                if (allowance.allowed()) {
                    return List.of(words.step(Phase.ADJUNCT, area, stretching, allowance, phase.pressure(),
                            text.text("stretching"), template.evidence("STRETCHING", client.headacheFamily())));
                }
            }
            return List.of();
        }

        private List<Step> closing(int closingMinutes, int serviceMinutes) {
            PhaseTemplate phase = template.phase(Phase.CLOSING);
            int advice = Math.min(closingMinutes, template.scale(phase.consultationMinutes(), serviceMinutes));
            Step adviceStep = Step.consultation(Phase.CLOSING, text.text("closingAdvice"));
            Technique technique = catalogue.technique(phase.techniques().get(0));
            for (String area : phase.areas()) {
                Allowance allowance = limits.of(area, technique);
                if (allowance.allowed() && closingMinutes > advice) {
                    Step relax = words.step(Phase.CLOSING, area, technique, allowance, phase.pressure(),
                            text.text("closing", "area", text.area(area)),
                            template.evidence("CLOSING", client.headacheFamily()));
                    return List.of(relax.withMinutes(closingMinutes - advice), adviceStep.withMinutes(advice));
                }
            }
            return List.of(adviceStep.withMinutes(closingMinutes));
        }

        /** A left-out wish is explained in the first block of its phase, or in the assessment. */
        private void placeNotices(List<Step> steps) {
            notices.forEach((phase, text) -> {
                int at = 0;
                for (int i = 0; i < steps.size(); i++) {
                    if (steps.get(i).phase() == phase) {
                        at = i;
                        break;
                    }
                }
                steps.set(at, steps.get(at).withPrefix(text));
            });
        }
    }

    /** Shares {@code total} minutes out over the steps (the first ones take the remainder). */
    static List<Step> spread(List<Step> steps, int total) {
        if (steps.isEmpty()) {
            return List.of();
        }
        int n = Math.min(steps.size(), total);
        List<Step> timed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            timed.add(steps.get(i).withMinutes(total / n + (i < total % n ? 1 : 0)));
        }
        return timed;
    }
}
