package org.reliefdesk.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reliefdesk.intake.IntakeDraft;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.IntakeForm.Section;
import org.reliefdesk.intake.Question;

/**
 * One section of the intake as a page: its place in the form ("3 of 7"), its questions with the
 * answers as typed, and the problems to fix, listed again at the top with links to the fields.
 */
record SectionPage(Section section, int step, int steps, String previous, boolean last, List<QuestionView> questions,
        List<Problem> summary) {

    /** One line of the error summary: the field's anchor, its label and the problem. */
    record Problem(String anchor, String label, String message) {
    }

    static SectionPage of(IntakeForm form, Section section, IntakeDraft draft, Map<String, String> problems,
            LocalDate today, ProblemWords words, String yes, String no) {
        int index = form.sections().indexOf(section);
        List<QuestionView> questions = new ArrayList<>();
        List<Problem> summary = new ArrayList<>();
        for (Question q : section.questions()) {
            if (q.setByServer()) {
                continue;
            }
            IntakeForm.Group group = section.groupOf(q.code()).orElse(null);
            if (group != null) {
                if (group.codes().get(0).equals(q.code())) {
                    QuestionView view = group(group, draft, problems, words);
                    questions.add(view);
                    if (view.error() != null) {
                        summary.add(new Problem(view.anchor(), group.label(), view.error()));
                    }
                }
                continue;
            }
            String problem = problems.get(q.code());
            String error = problem == null ? null : words.say(q, problem);
            QuestionView view = QuestionView.of(q, draft.asked(q, today), draft.typed(q.code()),
                    draft.typedSet(q.code()), error, yes, no);
            questions.add(view);
            if (error != null) {
                summary.add(new Problem(view.anchor(), q.label(), error));
            }
        }
        String previous = index == 0 ? null : form.sections().get(index - 1).code();
        return new SectionPage(section, index + 1, form.sections().size(), previous,
                index == form.sections().size() - 1, questions, summary);
    }

    /**
     * A yes/no list as the draft answers it: its "yes" items ticked, "None of these" when every item is "no" (or
     * when it was just posted together with an item); one problem for the whole list when any item is unanswered.
     */
    private static QuestionView group(IntakeForm.Group group, IntakeDraft draft, Map<String, String> problems,
            ProblemWords words) {
        boolean noneWithTicks = problems.containsKey(group.code());
        List<String> selected = new ArrayList<>(group.codes().stream()
                .filter(code -> draft.typed(code).equals("true")).toList());
        if (noneWithTicks || draft.noneOf(group)) {
            selected.add(QuestionView.NONE);
        }
        boolean unanswered = group.codes().stream().anyMatch(problems::containsKey);
        String error = noneWithTicks || unanswered ? words.group(group, noneWithTicks) : null;
        return QuestionView.ofGroup(group, selected, error);
    }

    public int percent() {
        return Math.round(100f * step / steps);
    }

    public boolean isMidas() {
        return section.code().equals(QuestionView.MIDAS);
    }
}
