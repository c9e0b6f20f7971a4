package org.reliefdesk.diary.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.diary.DiaryInput;
import org.reliefdesk.shared.FieldErrors;

/** What the diary page posts for one day (text, so nothing typed is lost on an error). */
class DayForm {

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
        Boolean had = headache == null || headache.isBlank() ? null : Boolean.valueOf(headache);
        boolean details = Boolean.TRUE.equals(had);
        return new DiaryInput(had, details ? whole("peakIntensity", peakIntensity, errors) : null,
                details ? decimal("durationHours", durationHours, errors) : null,
                List.copyOf(acuteMedication), List.copyOf(triggers), note);
    }

    private static Integer whole(String field, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "must be a whole number from 0 to 10");
            return null;
        }
    }

    private static BigDecimal decimal(String field, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(field, "must be a number of hours, such as 3 or 1.5");
            return null;
        }
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
