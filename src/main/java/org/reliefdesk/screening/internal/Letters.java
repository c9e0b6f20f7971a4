package org.reliefdesk.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.clients.Client;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.ClearanceLetters;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.ScreeningStatus;
import org.reliefdesk.screening.Screenings;
import org.reliefdesk.shared.Pdfs;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clearance letter for a client's newest screening, when it has concerns a physician must clear
 * (not for an URGENT screening: that is emergency care, not a letter). Callers check access first.
 */
@Component
class Letters implements ClearanceLetters {

    private final Screenings screenings;
    private final Intakes intakes;
    private final Concerns concerns;
    private final Practice practice;
    private final Pdfs pdfs;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RuleTexts texts;
    private final MessageSource messages;

    Letters(Screenings screenings, Intakes intakes, Concerns concerns, Practice practice, Pdfs pdfs, JdbcClient jdbc,
            Clock clock, RuleTexts texts, MessageSource messages) {
        this.screenings = screenings;
        this.intakes = intakes;
        this.concerns = concerns;
        this.practice = practice;
        this.pdfs = pdfs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.texts = texts;
        this.messages = messages;
    }

    static boolean available(Screening screening) {
        return screening.status() != ScreeningStatus.URGENT
                && screening.flags().stream().anyMatch(f -> f.severity().equals("CLEARANCE"));
    }

    @Override
    public Optional<byte[]> latest(Client client) {
        return pdf(client);
    }

    Optional<byte[]> pdf(Client client) {
        Optional<Screening> screening = screenings.latest(client.id()).filter(Letters::available);
        if (screening.isEmpty()) {
            return Optional.empty();
        }
        SubmittedIntake intake = intakes.findById(screening.get().intakeId()).orElseThrow();
        Locale reader = LocaleContextHolder.getLocale();
        Locale document = practice.documentLocale(reader);
        IntakeForm form = intakes.form(reader);
        List<Concerns.Concern> all = concerns.of(texts.in(screening.get(), reader), intake, form,
                Concerns.Words.in(messages, document, clock.getZone()));
        ClearanceLetter.Content content = new ClearanceLetter.Content(practice.details(), client, intake,
                LocalDate.ofInstant(intake.submittedAt(), clock.getZone()),
                all.stream().filter(c -> c.flag().severity().equals("CLEARANCE")).toList(),
                all.stream().map(Concerns.Concern::flag).filter(f -> f.severity().equals("CAUTION")).toList(),
                areas(form, intake), LocalDate.now(clock), therapist(client).orElse(null));
        return Optional.of(ClearanceLetter.write(content, pdfs, document));
    }

    /** The therapist of the client's next session, else of their latest one: who signs the letter. */
    Optional<String> therapist(Client client) {
        return jdbc.sql("""
                select u.full_name from booking b join app_user u on u.id = b.therapist_id
                where b.client_id = :client and b.status in ('HELD', 'BOOKED', 'CHECKED_IN', 'COMPLETED')
                order by b.starts_at < now(), abs(extract(epoch from b.starts_at - now())) limit 1""")
                .param("client", client.id()).query(String.class).optional();
    }

    private static String areas(IntakeForm form, SubmittedIntake intake) {
        return form.question("focus.areas").map(q -> q.describe(intake.answers().set("focus.areas"))).orElse("—");
    }
}
