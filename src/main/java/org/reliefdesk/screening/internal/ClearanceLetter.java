package org.reliefdesk.screening.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.clients.Client;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.Flag;
import org.reliefdesk.shared.Pdfs;

/**
 * The letter a client takes to their physician when the screening needs a clearance (from
 * {@code templates/screening/pdf/clearance-letter.html}): the practice's details, each concern with the client's
 * answers that raised it and its source, a request for clearance signed by the client's therapist, the options to
 * tick and lines for the physician's name, signature and stamp. One page for the usual one or two concerns.
 */
final class ClearanceLetter {

    /**
     * What the letter is about. {@code concerns} need a clearance; {@code cautions} are noted only;
     * {@code therapist} signs it (null: the practice's therapists).
     */
    record Content(Practice.Details practice, Client client, SubmittedIntake intake, LocalDate sentOn,
            List<Concerns.Concern> concerns, List<Flag> cautions, String areas, LocalDate today, String therapist) {
    }

    private ClearanceLetter() {
    }

    /** The letter in {@code locale} (the reader's language with the practice's country). */
    static byte[] write(Content content, Pdfs pdfs, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("c", content);
        model.put("contact", Stream.of(content.practice().address(), content.practice().phone(),
                content.practice().email(), content.practice().website()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("  ·  ")));
        model.put("physician", content.intake().answers().text("about.physician"));
        model.put("born", content.intake().answers().date("about.dateOfBirth"));
        model.put("consent", content.intake().answers().bool("consent.shareWithPhysician"));
        model.put("therapist", content.therapist());
        return pdfs.render("screening/pdf/clearance-letter", locale, model);
    }
}
