package org.reliefdesk.diary.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.diary.DiaryInput;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.TypedFields;

/** What the diary page posts for one day (text, so nothing typed is lost on an error). */
class DayForm {

    private static final String INTENSITY_MESSAGE = "must be a whole number from 0 to 10";
    private static final String HOURS_MESSAGE = "must be a number of hours, such as 3 or 1.5";

    private String headache;
    private String peakIntensity;
    private String durationHours;
    private List<String> acuteMedication = new ArrayList<>();
    private List<String> triggers = new ArrayList<>();
    private String note;

    static DayForm of(DiaryEntry entry) {
        DayForm form = new DayForm();
        form.headache = String.valueOf(entry.headache());
        form.peakIntensity = entry.peakIntensity() == null ? null : entry.peakIntensity().toString();
        form.durationHours = entry.durationHours() == null ? null : entry.durationHours().toPlainString();
        form.acuteMedication = new ArrayList<>(entry.acuteMedication());
        form.triggers = new ArrayList<>(entry.triggers());
        form.note = entry.note();
        return form;
    }

    /** The typed day; on a "no headache" submit the intensity and duration boxes are ignored. */
    DiaryInput toInput(FieldErrors errors) {
        Boolean had = TypedFields.isBlank(headache) ? null : Boolean.valueOf(headache);
        boolean details = Boolean.TRUE.equals(had);
        return new DiaryInput(had,
                details ? TypedFields.whole("peakIntensity", peakIntensity, INTENSITY_MESSAGE, errors) : null,
                details ? TypedFields.decimal("durationHours", durationHours, HOURS_MESSAGE, errors) : null,
                List.copyOf(acuteMedication), List.copyOf(triggers), note);
    }

    /** Whether saving {@code input} would leave {@code entry} as it is (then there is nothing to confirm). */
    static boolean same(DiaryEntry entry, DiaryInput input) {
        if (input.headache() == null || entry.headache() != input.headache()) {
            return false;
        }
        boolean details = !entry.headache() || Objects.equals(entry.peakIntensity(), input.peakIntensity())
                && input.durationHours() != null && entry.durationHours().compareTo(input.durationHours()) == 0;
        return details && Set.copyOf(entry.acuteMedication()).equals(Set.copyOf(input.acuteMedication()))
                && Set.copyOf(entry.triggers()).equals(Set.copyOf(input.triggers()))
                && Objects.equals(entry.note(), TypedFields.isBlank(input.note()) ? null : input.note().strip());
    }

    public String getHeadache() { return headache; }
    public void setHeadache(String headache) { this.headache = headache; }
    public String getPeakIntensity() { return peakIntensity; }
    public void setPeakIntensity(String peakIntensity) { this.peakIntensity = peakIntensity; }
    public String getDurationHours() { return durationHours; }
    public void setDurationHours(String durationHours) { this.durationHours = durationHours; }
    public List<String> getAcuteMedication() { return acuteMedication; }
    public void setAcuteMedication(List<String> acuteMedication) { this.acuteMedication = acuteMedication; }
    public List<String> getTriggers() { return triggers; }
    public void setTriggers(List<String> triggers) { this.triggers = triggers; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
