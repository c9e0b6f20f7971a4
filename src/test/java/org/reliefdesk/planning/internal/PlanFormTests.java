package org.reliefdesk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Without JavaScript the editor's buttons post an {@code op} the form applies. */
class PlanFormTests {

    static PlanForm form() {
        return PlanForm.of(3, List.of(
                new PlanBlock(1, 5, "ASSESSMENT", null, "CONSULTATION", 0, "a", List.of(), null),
                new PlanBlock(2, 30, "WARM_UP", "UPPER_BACK", "KNEADING", 2, "b", List.of("moraska-2015"), null),
                new PlanBlock(3, 25, "FOCUSED", "SHOULDERS", "TRIGGER_POINT", 3, "c", List.of(), "n")));
    }

    static List<String> techniques(PlanForm form) {
        return form.toBlocks().stream().map(PlanBlock::technique).toList();
    }

    @Test
    void movesRemovesAndAddsBlocks() {
        PlanForm form = form();
        assertThat(form.apply("down:1")).isEqualTo(2);
        assertThat(techniques(form)).containsExactly("CONSULTATION", "TRIGGER_POINT", "KNEADING");
        assertThat(form.apply("up:0")).as("the first block stays first").isEqualTo(0);
        assertThat(form.apply("remove:1")).isEqualTo(1);
        assertThat(techniques(form)).containsExactly("CONSULTATION", "KNEADING");
        assertThat(form.apply("add")).isEqualTo(2);
        assertThat(form.totalMinutes()).isEqualTo(40);
        assertThat(form.apply("remove:not-a-number")).isEqualTo(-1);
        assertThat(form.apply("juggle")).isEqualTo(-1);
    }

    @Test
    void blocksComeBackNumberedWithTheirEvidence() {
        List<PlanBlock> blocks = form().toBlocks();
        assertThat(blocks).extracting(PlanBlock::order).containsExactly(1, 2, 3);
        assertThat(blocks.get(1).evidence()).containsExactly("moraska-2015");
        assertThat(blocks.get(0).area()).isNull();
    }

    @Test
    void theSignatureIsTheFullNameWhateverTheCaseAndSpacing() {
        assertThat(SessionPlans.signs("  casey   CLIENT ", "Casey Client")).isTrue();
        assertThat(SessionPlans.signs("Casey", "Casey Client")).isFalse();
        assertThat(SessionPlans.signs(null, "Casey Client")).isFalse();
    }
}
