package org.reliefdesk.charting.internal;

import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.charting.SessionNote;
import org.reliefdesk.charting.SessionNote.TechniqueUsed;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.TypedFields;

/** What the note page posts (text, so nothing typed is lost); empty technique rows are ignored. */
class NoteForm {

    static final int SPARE_ROWS = 2;
    private String subjective;
    private String objective;
    private String assessment;
    private String plan;
    private String painBefore;
    private String painAfter;
    private String pressure;
    private String adverseReaction;
    private String version;
    private List<Row> techniques = new ArrayList<>();

    static NoteForm of(SessionNote note) {
        NoteForm form = new NoteForm();
        form.subjective = note.subjective();
        form.objective = note.objective();
        form.assessment = note.assessment();
        form.plan = note.plan();
        form.painBefore = String.valueOf(note.painBefore());
        form.painAfter = String.valueOf(note.painAfter());
        form.pressure = note.pressure() == null ? null : note.pressure().toString();
        form.adverseReaction = note.adverseReaction();
        form.version = String.valueOf(note.version());
        return form.withRows(note.techniquesUsed());
    }

    NoteForm withRows(List<TechniqueUsed> used) {
        techniques = new ArrayList<>();
        if (used != null) {
            used.forEach(t -> techniques.add(Row.of(t)));
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            techniques.add(new Row());
        }
        return this;
    }

    /** The rows as typed (empty ones dropped) plus spare rows to add more. */
    NoteForm withSpareRows() {
        techniques = new ArrayList<>(techniques.stream().filter(row -> !row.isEmpty()).toList());
        for (int i = 0; i < SPARE_ROWS; i++) {
            techniques.add(new Row());
        }
        return this;
    }

    NoteInput toInput(FieldErrors errors) {
        List<TechniqueUsed> used = new ArrayList<>();
        for (Row row : techniques) {
            if (!row.isEmpty()) {
                used.add(new TechniqueUsed(blank(row.technique), blank(row.area),
                        whole("techniquesUsed[" + used.size() + "].minutes", row.minutes, errors),
                        whole("techniquesUsed[" + used.size() + "].pressure", row.pressure, errors)));
            }
        }
        return new NoteInput(subjective, objective, assessment, plan, whole("painBefore", painBefore, errors),
                whole("painAfter", painAfter, errors), whole("pressure", pressure, errors), used, adverseReaction,
                whole("version", version, errors));
    }

    private static String blank(String text) {
        return TypedFields.isBlank(text) ? null : text;
    }

    private static Integer whole(String field, String text, FieldErrors errors) {
        return TypedFields.whole(field, text, TypedFields.WHOLE_MESSAGE, errors);
    }

    /** One technique row of the form. */
    static class Row {
        private String technique;
        private String area;
        private String minutes;
        private String pressure;

        static Row of(TechniqueUsed used) {
            Row row = new Row();
            row.technique = used.technique();
            row.area = used.area();
            row.minutes = used.minutes() == null ? null : used.minutes().toString();
            row.pressure = used.pressure() == null ? null : used.pressure().toString();
            return row;
        }

        boolean isEmpty() {
            return blank(technique) == null && blank(area) == null && blank(minutes) == null;
        }

        public String getTechnique() { return technique; }
        public void setTechnique(String technique) { this.technique = technique; }
        public String getArea() { return area; }
        public void setArea(String area) { this.area = area; }
        public String getMinutes() { return minutes; }
        public void setMinutes(String minutes) { this.minutes = minutes; }
        public String getPressure() { return pressure; }
        public void setPressure(String pressure) { this.pressure = pressure; }
    }

    public String getSubjective() { return subjective; }
    public void setSubjective(String subjective) { this.subjective = subjective; }
    public String getObjective() { return objective; }
    public void setObjective(String objective) { this.objective = objective; }
    public String getAssessment() { return assessment; }
    public void setAssessment(String assessment) { this.assessment = assessment; }
    public String getPlan() { return plan; }
    public void setPlan(String plan) { this.plan = plan; }
    public String getPainBefore() { return painBefore; }
    public void setPainBefore(String painBefore) { this.painBefore = painBefore; }
    public String getPainAfter() { return painAfter; }
    public void setPainAfter(String painAfter) { this.painAfter = painAfter; }
    public String getPressure() { return pressure; }
    public void setPressure(String pressure) { this.pressure = pressure; }
    public String getAdverseReaction() { return adverseReaction; }
    public void setAdverseReaction(String adverseReaction) { this.adverseReaction = adverseReaction; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public List<Row> getTechniques() { return techniques; }
    public void setTechniques(List<Row> techniques) { this.techniques = techniques; }
}
