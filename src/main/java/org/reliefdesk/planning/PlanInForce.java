package org.reliefdesk.planning;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The client's accepted plan in force (CLINICAL.md section 7: the last accepted version of
 * their newest plan, unless it NEEDS_REVIEW): what booking reserves and notes prefill from.
 */
public record PlanInForce(UUID planId, int version, String serviceCode, List<Block> blocks) {

    public record Block(int order, int minutes, String phase, String area, String technique, int pressure) {
    }

    /** The techniques the plan uses (e.g. HOT_STONE needs a kit; TRIGGER_POINT, REFLEXOLOGY and HOT_STONE need skills). */
    public Set<String> techniques() {
        return blocks.stream().map(Block::technique).collect(java.util.stream.Collectors.toSet());
    }

    public boolean usesHotStones() {
        return techniques().contains("HOT_STONE");
    }
}
