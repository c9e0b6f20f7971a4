package org.reliefdesk.services;

import java.util.List;

/** A bookable service: its code, name, length in minutes and the skills a therapist needs for it. */
public record Service(String code, String name, int minutes, List<String> requiredSkills, boolean active) {

    public Service {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
    }

    /** Every service in this catalogue is a massage: a blocking screening stops all of them. */
    public boolean isMassage() {
        return true;
    }
}
