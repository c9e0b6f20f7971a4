package org.reliefdesk.notifications;

import org.reliefdesk.notifications.LetterPart.Button;
import org.reliefdesk.notifications.LetterPart.Facts;
import org.reliefdesk.notifications.LetterPart.Items;
import org.reliefdesk.notifications.LetterPart.Note;
import org.reliefdesk.notifications.LetterPart.Paragraph;

/**
 * A letter's plain-text part: the greeting, every part in order (a link written out after its label, facts in two
 * aligned columns, items numbered), then the practice's signature and email; the same words as the HTML.
 */
final class LetterText {

    private LetterText() {
    }

    static String of(Letter letter) {
        StringBuilder out = new StringBuilder(letter.greeting()).append("\n\n");
        for (LetterPart part : letter.parts()) {
            append(out, part);
            out.setLength(out.toString().stripTrailing().length());
            out.append("\n\n");
        }
        Letter.Letterhead from = letter.from();
        out.append(String.join("\n", from.lines())).append('\n');
        return from.hasEmail() ? out.append(from.email().strip()).append('\n').toString() : out.toString();
    }

    private static void append(StringBuilder out, LetterPart part) {
        if (part instanceof Paragraph p) {
            out.append(p.text());
        } else if (part instanceof Note n) {
            out.append(n.text());
        } else if (part instanceof Button b) {
            out.append(b.label()).append(": ").append(b.url());
        } else if (part instanceof Items list) {
            for (int i = 0; i < list.items().size(); i++) {
                out.append(i + 1).append(". ").append(list.items().get(i)).append('\n');
            }
        } else if (part instanceof Facts facts) {
            int width = facts.rows().stream().mapToInt(f -> f.label().length()).max().orElse(0) + 2;
            facts.rows().forEach(f -> out.append(pad(f.label() + ":", width)).append(f.value()).append('\n'));
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
