package org.reliefdesk.notifications;

import java.util.List;
import java.util.Locale;

/**
 * One block of a {@link Letter}, in the order the builder added it; {@link #type()} names it for the HTML layout
 * ({@code notifications/letter}) and {@link LetterText} says it in plain text.
 */
public sealed interface LetterPart permits LetterPart.Paragraph, LetterPart.Facts, LetterPart.Button, LetterPart.Items,
        LetterPart.Note {

    default String type() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    record Paragraph(String text) implements LetterPart {
    }

    /** Label and value rows ({@link Letter.Fact}), e.g. the date, time and place of a session. */
    record Facts(List<Letter.Fact> rows) implements LetterPart {
    }

    /** A link shown as a button. */
    record Button(String label, String url) implements LetterPart {
    }

    /** A numbered list. */
    record Items(List<String> items) implements LetterPart {
    }

    /** Small print, e.g. the cancellation policy. */
    record Note(String text) implements LetterPart {
    }
}
