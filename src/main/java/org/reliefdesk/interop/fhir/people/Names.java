package org.reliefdesk.interop.fhir.people;

import java.util.Arrays;
import java.util.List;

import org.hl7.fhir.r4.model.HumanName;

/** A person's full name as a FHIR name: the whole as {@code text}, the last word as family, the others as given. */
final class Names {

    private Names() {
    }

    static HumanName of(String fullName) {
        String text = fullName == null ? "" : fullName.strip();
        HumanName name = new HumanName().setUse(HumanName.NameUse.OFFICIAL).setText(text);
        List<String> words = Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.size() == 1) {
            name.addGiven(words.get(0));
        } else if (words.size() > 1) {
            words.subList(0, words.size() - 1).forEach(name::addGiven);
            name.setFamily(words.get(words.size() - 1));
        }
        return name;
    }
}
