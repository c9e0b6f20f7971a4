package org.reliefdesk.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.planning.internal.Allowance.PressureLimit;
import org.reliefdesk.planning.internal.Allowance.Refusal;
import org.reliefdesk.shared.FieldError;
import org.springframework.stereotype.Component;

/**
 * The check run on every proposal and every edit (CLINICAL.md sections 4 and 7): blocks sum to
 * the service length, the assessment comes first, no AVOID modality, every CAUTION limit with a
 * note, the client's pressure, NECK_FRONT at 2 or less, DEEP_NECK_WORK rules. Each error names
 * the block by its index ({@code blocks[3].pressure}) and the rule it breaks.
 */
@Component
class PlanRules {

    static final int MAX_BLOCKS = 40;
    static final int MAX_NOTE = 1000;
    static final int MAX_RATIONALE = 2000;

    private final Catalogue catalogue;

    PlanRules(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A broken rule: the field it concerns ({@code blocks[3].pressure}) and its words as data. */
    record Broken(String field, RuleText text) {
    }

    /** The broken rules in English (as the API has always said them). */
    List<FieldError> check(List<PlanBlock> blocks, ClientContext client, String serviceName, int serviceMinutes) {
        return broken(blocks, client, serviceName, serviceMinutes).stream()
                .map(b -> new FieldError(b.field(), b.text().english())).toList();
    }

    List<Broken> broken(List<PlanBlock> blocks, ClientContext client, String serviceName, int serviceMinutes) {
        List<Broken> errors = new ArrayList<>();
        if (blocks == null || blocks.isEmpty()) {
            errors.add(new Broken("blocks", RuleText.of("plan.rule.noBlocks")));
            return errors;
        }
        if (blocks.size() > MAX_BLOCKS) {
            errors.add(new Broken("blocks", RuleText.of("plan.rule.tooManyBlocks", MAX_BLOCKS)));
            return errors;
        }
        PlanLimits limits = new PlanLimits(catalogue, client);
        for (int i = 0; i < blocks.size(); i++) {
            new BlockCheck(i, blocks.get(i), serviceMinutes, limits, errors).run();
        }
        int total = blocks.stream().mapToInt(b -> b == null ? 0 : b.minutesOrZero()).sum();
        if (total != serviceMinutes) {
            errors.add(new Broken("blocks", RuleText.of("plan.rule.sum", total, serviceName, serviceMinutes)));
        }
        PlanBlock first = blocks.get(0);
        if (first != null && !(Phase.ASSESSMENT.name().equals(first.phase()) && first.isConsultation())) {
            errors.add(new Broken("blocks[0].phase", RuleText.of("plan.rule.assessmentFirst")));
        }
        return errors;
    }

    /** The rules for one block. */
    private final class BlockCheck {

        private final int index;
        private final PlanBlock block;
        private final int serviceMinutes;
        private final PlanLimits limits;
        private final List<Broken> errors;

        BlockCheck(int index, PlanBlock block, int serviceMinutes, PlanLimits limits, List<Broken> errors) {
            this.index = index;
            this.block = block;
            this.serviceMinutes = serviceMinutes;
            this.limits = limits;
            this.errors = errors;
        }

        void run() {
            if (block == null) {
                add("", RuleText.of("plan.rule.missing"));
                return;
            }
            checkShape();
            Technique technique = catalogue.technique(block.technique());
            if (technique == null || errorsFor("area") || errorsFor("pressure")) {
                return;
            }
            if (technique.handsOn()) {
                checkAllowance(technique, limits.of(block.area(), technique));
            }
        }

        private void checkShape() {
            if (block.minutes() == null || block.minutes() < 1 || block.minutes() > serviceMinutes) {
                add(".minutes", RuleText.of("plan.rule.minutes", serviceMinutes));
            }
            if (!Phase.known(block.phase())) {
                add(".phase", RuleText.of("plan.rule.phase"));
            }
            Technique technique = catalogue.technique(block.technique());
            if (technique == null) {
                add(".technique", RuleText.of("plan.rule.techniqueUnknown", String.join(", ",
                        catalogue.techniques().stream().map(Technique::code).toList())));
            } else if (!technique.handsOn()) {
                checkConsultation();
            } else {
                checkHandsOn();
            }
            checkTexts();
        }

        private void checkConsultation() {
            if (block.area() != null) {
                add(".area", RuleText.of("plan.rule.consultationArea"));
            }
            if (block.pressure() == null || block.pressure() != 0) {
                add(".pressure", RuleText.of("plan.rule.consultationPressure"));
            }
        }

        private void checkHandsOn() {
            if (block.area() == null) {
                add(".area", RuleText.of("plan.rule.needsArea"));
            } else if (catalogue.area(block.area()) == null) {
                add(".area", RuleText.of("plan.rule.areaUnknown", String.join(", ",
                        catalogue.areas().stream().map(BodyArea::code).toList())));
            }
            if (block.pressure() == null || block.pressure() < 1 || block.pressure() > 5) {
                add(".pressure", RuleText.of("plan.rule.pressure"));
            }
        }

        private void checkTexts() {
            if (block.note() != null && block.note().length() > MAX_NOTE) {
                add(".note", RuleText.of("plan.rule.noteLength", MAX_NOTE));
            }
            if (block.rationale() != null && block.rationale().length() > MAX_RATIONALE) {
                add(".rationale", RuleText.of("plan.rule.rationaleLength", MAX_RATIONALE));
            }
            for (String id : block.evidence()) {
                if (catalogue.evidence(id) == null) {
                    add(".evidence", RuleText.of("plan.rule.evidenceUnknown", id));
                }
            }
        }

        private void checkAllowance(Technique technique, Allowance allowance) {
            for (Refusal refusal : allowance.refusals()) {
                add("." + refusal.field(), RuleText.of("plan.rule.notAllowed", PlanLimits.techniqueLabel(technique),
                        refusal.rule()));
            }
            for (PressureLimit limit : allowance.limits()) {
                if (block.pressure() > limit.max()) {
                    add(".pressure", RuleText.of("plan.rule.pressureAbove", block.pressure(), limit.max(),
                            limit.rule()));
                }
            }
            if (!allowance.cautionRules().isEmpty() && block.note() == null) {
                add(".note", RuleText.of("plan.rule.noteRequired",
                        RuleText.list("plan.rule.semicolon", allowance.cautionRules())));
            }
        }

        private boolean errorsFor(String field) {
            String name = "blocks[" + index + "]." + field;
            return errors.stream().anyMatch(e -> e.field().equals(name));
        }

        private void add(String field, RuleText rule) {
            errors.add(new Broken("blocks[" + index + "]" + field, RuleText.of("plan.rule.blockError", label(), rule)));
        }

        /** "Block 3", "Block 3 (Kneading)" or "Block 3 (Kneading, Shoulders)". */
        private RuleText label() {
            Technique technique = block == null ? null : catalogue.technique(block.technique());
            if (technique == null) {
                return RuleText.of("plan.rule.label", index + 1);
            }
            BodyArea area = catalogue.area(block.area());
            return area == null ? RuleText.of("plan.rule.label.technique", index + 1, PlanLimits.techniqueLabel(technique))
                    : RuleText.of("plan.rule.label.techniqueArea", index + 1, PlanLimits.techniqueLabel(technique),
                            PlanLimits.areaLabel(area));
        }
    }
}
