package org.reliefdesk.planning.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reliefdesk.shared.TypedFields;

/**
 * The editor's form: the version being edited and its blocks as typed ({@code blocks[2].pressure}).
 * Moves, additions and removals without JavaScript come back as {@code op} ("up:2", "remove:0", "add").
 */
public class PlanForm {

    private Integer version;
    private List<BlockForm> blocks = new ArrayList<>();

    static PlanForm of(int version, List<PlanBlock> blocks) {
        PlanForm form = new PlanForm();
        form.version = version;
        blocks.forEach(b -> form.blocks.add(BlockForm.of(b)));
        return form;
    }

    List<PlanBlock> toBlocks() {
        List<PlanBlock> result = new ArrayList<>();
        for (BlockForm block : blocks) {
            result.add(block == null ? null : block.toBlock(result.size() + 1));
        }
        return result;
    }

    int totalMinutes() {
        return blocks.stream().mapToInt(b -> b == null || b.getMinutes() == null ? 0 : b.getMinutes()).sum();
    }

    /** Minutes per phase code, for the editor's legend (blocks without a phase or minutes count nothing). */
    Map<String, Integer> minutesByPhase() {
        Map<String, Integer> minutes = new HashMap<>();
        for (BlockForm b : blocks) {
            if (b != null && b.getPhase() != null && b.getMinutes() != null) {
                minutes.merge(b.getPhase(), b.getMinutes(), Integer::sum);
            }
        }
        return minutes;
    }

    /** Applies a move, removal or addition; returns the index to bring into view, or -1. */
    int apply(String op) {
        blocks.removeIf(b -> b == null);
        String[] parts = op.split(":");
        int i = parts.length > 1 ? parse(parts[1]) : -1;
        switch (parts[0]) {
            case "add" -> {
                blocks.add(BlockForm.blank());
                return blocks.size() - 1;
            }
            case "remove" -> {
                if (i >= 0 && i < blocks.size()) {
                    blocks.remove(i);
                }
                return Math.min(i, blocks.size() - 1);
            }
            case "up" -> {
                return swap(i, i - 1);
            }
            case "down" -> {
                return swap(i, i + 1);
            }
            default -> {
                return -1;
            }
        }
    }

    private int swap(int from, int to) {
        if (from < 0 || to < 0 || from >= blocks.size() || to >= blocks.size()) {
            return from;
        }
        BlockForm moved = blocks.get(from);
        blocks.set(from, blocks.get(to));
        blocks.set(to, moved);
        return to;
    }

    private static int parse(String text) {
        return TypedFields.whole(text).orElse(-1);
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public List<BlockForm> getBlocks() {
        return blocks;
    }

    public void setBlocks(List<BlockForm> blocks) {
        this.blocks = blocks;
    }

    /** One block as typed; evidence ids comma-separated. */
    public static class BlockForm {

        private Integer minutes;
        private String phase;
        private String area;
        private String technique;
        private Integer pressure;
        private String rationale;
        private String evidence;
        private String note;

        static BlockForm of(PlanBlock b) {
            BlockForm form = new BlockForm();
            form.minutes = b.minutes();
            form.phase = b.phase();
            form.area = b.area();
            form.technique = b.technique();
            form.pressure = b.pressure();
            form.rationale = b.rationale();
            form.evidence = String.join(", ", b.evidence());
            form.note = b.note();
            return form;
        }

        static BlockForm blank() {
            BlockForm form = new BlockForm();
            form.minutes = 5;
            form.phase = "FOCUSED";
            form.technique = "KNEADING";
            form.area = "SHOULDERS";
            form.pressure = 1;
            form.evidence = "";
            return form;
        }

        PlanBlock toBlock(int order) {
            List<String> ids = evidence == null ? List.of() : Arrays.stream(evidence.split("[,\\s]+"))
                    .filter(s -> !s.isBlank()).toList();
            return new PlanBlock(order, minutes, phase, area, technique, pressure, rationale, ids, note);
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }

        public String getPhase() {
            return phase;
        }

        public void setPhase(String phase) {
            this.phase = phase;
        }

        public String getArea() {
            return area;
        }

        public void setArea(String area) {
            this.area = area;
        }

        public String getTechnique() {
            return technique;
        }

        public void setTechnique(String technique) {
            this.technique = technique;
        }

        public Integer getPressure() {
            return pressure;
        }

        public void setPressure(Integer pressure) {
            this.pressure = pressure;
        }

        public String getRationale() {
            return rationale;
        }

        public void setRationale(String rationale) {
            this.rationale = rationale;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
