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

    List<FieldError> check(List<PlanBlock> blocks, ClientContext client, String serviceName, int serviceMinutes) {
        List<FieldError> errors = new ArrayList<>();
        if (blocks == null || blocks.isEmpty()) {
            errors.add(new FieldError("blocks", "A plan needs at least one block"));
            return errors;
        }
        if (blocks.size() > MAX_BLOCKS) {
            errors.add(new FieldError("blocks", "A plan has at most " + MAX_BLOCKS + " blocks"));
            return errors;
        }
        PlanLimits limits = new PlanLimits(catalogue, client);
        for (int i = 0; i < blocks.size(); i++) {
            new BlockCheck(i, blocks.get(i), serviceMinutes, limits, errors).run();
        }
        int total = blocks.stream().mapToInt(b -> b == null ? 0 : b.minutesOrZero()).sum();
        if (total != serviceMinutes) {
            errors.add(new FieldError("blocks", "The blocks add up to " + total + " minutes; " + serviceName
                    + " lasts " + serviceMinutes + " (blocks must sum to the service length)"));
        }
        PlanBlock first = blocks.get(0);
        if (first != null && !(Phase.ASSESSMENT.name().equals(first.phase()) && first.isConsultation())) {
            errors.add(new FieldError("blocks[0].phase", "Block 1 must be the ASSESSMENT consultation: red flags, "
                    + "today's pain and consent for neck work are checked before any hands-on work"));
        }
        return errors;
    }

    /** The rules for one block. */
    private final class BlockCheck {

        private final int index;
        private final PlanBlock block;
        private final int serviceMinutes;
        private final PlanLimits limits;
        private final List<FieldError> errors;

        BlockCheck(int index, PlanBlock block, int serviceMinutes, PlanLimits limits, List<FieldError> errors) {
            this.index = index;
            this.block = block;
            this.serviceMinutes = serviceMinutes;
            this.limits = limits;
            this.errors = errors;
        }

        void run() {
            if (block == null) {
                add("", "is missing");
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
                add(".minutes", "minutes must be a whole number from 1 to " + serviceMinutes);
            }
            if (!Phase.known(block.phase())) {
                add(".phase", "phase must be one of ASSESSMENT, WARM_UP, FOCUSED, ADJUNCT, CLOSING");
            }
            Technique technique = catalogue.technique(block.technique());
            if (technique == null) {
                add(".technique", "technique must be one of " + String.join(", ",
                        catalogue.techniques().stream().map(Technique::code).toList()));
            } else if (!technique.handsOn()) {
                checkConsultation();
            } else {
                checkHandsOn();
            }
            checkTexts();
        }

        private void checkConsultation() {
            if (block.area() != null) {
                add(".area", "a consultation has no area (area must be null)");
            }
            if (block.pressure() == null || block.pressure() != 0) {
                add(".pressure", "a consultation has pressure 0");
            }
        }

        private void checkHandsOn() {
            if (block.area() == null) {
                add(".area", "hands-on work needs an area");
            } else if (catalogue.area(block.area()) == null) {
                add(".area", "area must be one of " + String.join(", ",
                        catalogue.areas().stream().map(BodyArea::code).toList()));
            }
            if (block.pressure() == null || block.pressure() < 1 || block.pressure() > 5) {
                add(".pressure", "pressure must be a whole number from 1 (very light) to 5 (very firm)");
            }
        }

        private void checkTexts() {
            if (block.note() != null && block.note().length() > MAX_NOTE) {
                add(".note", "the note is longer than " + MAX_NOTE + " characters");
            }
            if (block.rationale() != null && block.rationale().length() > MAX_RATIONALE) {
                add(".rationale", "the rationale is longer than " + MAX_RATIONALE + " characters");
            }
            for (String id : block.evidence()) {
                if (catalogue.evidence(id) == null) {
                    add(".evidence", "unknown evidence id " + id);
                }
            }
        }

        private void checkAllowance(Technique technique, Allowance allowance) {
            for (Refusal refusal : allowance.refusals()) {
                add("." + refusal.field(), technique.name() + " here is not allowed: " + refusal.rule());
            }
            for (PressureLimit limit : allowance.limits()) {
                if (block.pressure() > limit.max()) {
                    add(".pressure", "pressure " + block.pressure() + " is above " + limit.max() + ": "
                            + limit.rule());
                }
            }
            if (!allowance.cautions().isEmpty() && block.note() == null) {
                add(".note", "a note is required: " + String.join("; ", allowance.cautions()));
            }
        }

        private boolean errorsFor(String field) {
            String name = "blocks[" + index + "]." + field;
            return errors.stream().anyMatch(e -> e.field().equals(name));
        }

        private void add(String field, String rule) {
            errors.add(new FieldError("blocks[" + index + "]" + field, label() + ": " + rule));
        }

        private String label() {
            String what = block == null ? null : describe();
            return "Block " + (index + 1) + (what == null ? "" : " (" + what + ")");
        }

        private String describe() {
            Technique technique = catalogue.technique(block.technique());
            BodyArea area = catalogue.area(block.area());
            if (technique == null) {
                return null;
            }
            return area == null ? technique.name() : technique.name() + ", " + area.name();
        }
    }
}
