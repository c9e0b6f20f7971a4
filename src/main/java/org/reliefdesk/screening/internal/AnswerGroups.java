package org.reliefdesk.screening.internal;

import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Question;
import org.reliefdesk.intake.SubmittedIntake;

/** A submitted intake's answers grouped by the form's sections, in words, for staff to read. */
record AnswerGroups(List<Group> groups) {

    /** One section: its title and its answered questions. */
    record Group(String code, String title, List<Concerns.Answer> answers) {

        /** The MIDAS items are kept in English whatever the reader's language (marked lang="en"). */
        public boolean english() {
            return code.equals("midas");
        }
    }

    /** The groups in the form's language, with the reader's words for yes, no and none. */
    static AnswerGroups of(IntakeForm form, SubmittedIntake intake, Concerns.Words words) {
        List<Group> groups = new ArrayList<>();
        for (IntakeForm.Section section : form.sections()) {
            List<Concerns.Answer> answers = new ArrayList<>();
            for (Question q : section.questions()) {
                intake.answers().get(q.code()).ifPresent(v -> answers.add(new Concerns.Answer(label(q),
                        words.describe(q, v), q.type() == org.reliefdesk.intake.QuestionType.TEXT)));
            }
            groups.add(new Group(section.code(), section.title(), answers));
        }
        return new AnswerGroups(groups);
    }

    private static String label(Question q) {
        return q.section().equals("midas") ? "MIDAS " + q.code().substring(6).replace("q", "").toUpperCase() + ". "
                + q.label() : q.label();
    }
}
