package org.reliefdesk.charting.internal;

import java.util.List;

import org.reliefdesk.charting.SessionNote.TechniqueUsed;

/** A note as typed (any field may be null until the rules are checked); {@code version} guards edits. */
record NoteInput(String subjective, String objective, String assessment, String plan, Integer painBefore,
        Integer painAfter, Integer pressure, List<TechniqueUsed> techniquesUsed, String adverseReaction,
        Integer version) {

    NoteInput withTechniques(List<TechniqueUsed> techniques) {
        return new NoteInput(subjective, objective, assessment, plan, painBefore, painAfter, pressure, techniques,
                adverseReaction, version);
    }
}
