package org.reliefdesk.interop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.reliefdesk.outcomes.Outcome;
import org.reliefdesk.screening.ClearanceOnFile;
import org.reliefdesk.screening.Flag;
import org.springframework.context.MessageSource;

/**
 * The report's words, one figure per line with its label ({@code Headache days: 11 → 3}), shared by the PDF and the
 * FHIR Composition so that both say the same. The locale is the report's ({@code Practice.documentLocale}: the
 * reader's language with the practice's country), and every decimal follows it: {@code 6.0} and {@code -72.7 %} for
 * es-US as for en-US, {@code 6,0} and {@code -72,7 %} for es-ES. Dates are the reader's {@code format.date} in the
 * PDF, ISO in the Composition; "insufficient data" is said wherever a window lacks days; the caveat is printed once.
 */
final class ReportText {

    static final String ARROW = " → ";

    /** A titled part of the report: its lines, in order. */
    record Section(String code, String title, List<String> lines) {
    }

    private final MessageSource messages;
    private final Locale locale;

    private final DateTimeFormatter dates;

    /** Dates ISO (the FHIR Composition). */
    ReportText(MessageSource messages, Locale locale) {
        this(messages, locale, null);
    }

    /** Dates in {@code dates} (the PDF: the reader's {@code format.date}), or ISO when null. */
    ReportText(MessageSource messages, Locale locale, DateTimeFormatter dates) {
        this.messages = messages;
        this.locale = locale;
        this.dates = dates;
    }

    private String date(LocalDate day) {
        return day == null ? "" : dates == null ? day.toString() : day.format(dates);
    }

    String title() {
        return text("interop.report.title");
    }

    String caveat() {
        return text("interop.report.caveat");
    }

    String chartTitle() {
        return text("interop.report.chart.title");
    }

    List<String> header(ProgressReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(line("interop.report.client", report.client().fullName()));
        lines.add(line("interop.report.dateOfBirth", report.client().dateOfBirth() == null ? text("interop.report.notGiven")
                : date(report.client().dateOfBirth())));
        lines.add(line("interop.report.practice", join(report.practice().name(), report.practice().address(),
                report.practice().phone(), report.practice().email())));
        lines.add(line("interop.report.therapists", report.therapists().isEmpty() ? text("interop.report.none")
                : report.therapists().stream().map(ProgressReport.Therapist::name).collect(Collectors.joining(", "))));
        lines.add(line("interop.report.preparedOn", date(report.preparedOn())));
        return lines;
    }

    List<Section> sections(ProgressReport report) {
        return List.of(course(report), outcomes(report), weeks(report), reactions(report), screening(report));
    }

    private Section course(ProgressReport report) {
        ProgressReport.Course course = report.course();
        List<String> lines = new ArrayList<>();
        lines.add(line("interop.report.course.first", course.firstSession() == null ? text("interop.report.course.none")
                : date(course.firstSession())));
        lines.add(line("interop.report.course.attended", course.sessionsAttended()));
        lines.add(line("interop.report.course.signed", course.signedNotes()));
        if (course.techniques().isEmpty()) {
            lines.add(line("interop.report.course.techniques", text("interop.report.none")));
        }
        for (ProgressReport.Technique t : course.techniques()) {
            lines.add(text("interop.report.technique.line", technique(t.code()), t.minutes(), t.sessions()));
        }
        return new Section("course", text("interop.report.course.title"), lines);
    }

    private Section outcomes(ProgressReport report) {
        Outcome o = report.outcome();
        List<String> lines = new ArrayList<>();
        if (o.baseline() == null || o.current() == null) {
            lines.add(text("interop.report.outcome.noCourse"));
        } else {
            lines.add(window("interop.report.outcome.baseline", o.baseline()));
            lines.add(window("interop.report.outcome.current", o.current()));
            lines.add(figure("interop.report.outcome.headacheDays", o.baseline(), o.current(),
                    w -> String.valueOf(w.headacheDays())));
            lines.add(figure("interop.report.outcome.headacheFreeDays", o.baseline(), o.current(),
                    w -> String.valueOf(w.headacheFreeDays())));
            lines.add(figure("interop.report.outcome.meanPeak", o.baseline(), o.current(),
                    w -> w.meanPeakIntensity() == null ? text("interop.report.outcome.noHeadache")
                            : decimal(w.meanPeakIntensity())));
            lines.add(figure("interop.report.outcome.medicationDays", o.baseline(), o.current(),
                    w -> String.valueOf(w.acuteMedicationDays())));
            lines.add(line("interop.report.outcome.change", o.headacheDaysChangePercent() == null
                    ? text(o.insufficientData() ? "interop.report.insufficient" : "interop.report.outcome.noBaselineHeadache")
                    : percentChange(o.headacheDaysChangePercent())));
            lines.add(line("interop.report.outcome.responder", o.insufficientData() || o.responder50() == null
                    ? text("interop.report.insufficient") : text(o.responder50() ? "interop.report.yes" : "interop.report.no")));
        }
        lines.add(midas(o.midas()));
        if (o.medicationOveruseWarning() && o.medicationOveruse() != null) {
            lines.add(text("interop.report.outcome.overuse", o.medicationOveruse().acuteMedicationDays(),
                    o.medicationOveruse().thresholdDays()));
        }
        return new Section("outcomes", text("interop.report.outcome.title"), lines);
    }

    private String window(String key, Outcome.Window w) {
        String days = text("interop.report.outcome.window", date(w.from()), date(w.to()), w.loggedDays(), w.days());
        return line(key, w.insufficientData()
                ? days + " — " + text("interop.report.outcome.windowInsufficient", w.requiredLoggedDays()) : days);
    }

    private String figure(String key, Outcome.Window before, Outcome.Window now,
            java.util.function.Function<Outcome.Window, String> value) {
        return line(key, value(before, value) + ARROW + value(now, value));
    }

    private String value(Outcome.Window w, java.util.function.Function<Outcome.Window, String> value) {
        return w.insufficientData() ? text("interop.report.insufficient") : value.apply(w);
    }

    private String midas(Outcome.Midas m) {
        if (m == null || m.baseline() == null) {
            return line("interop.report.outcome.midas", text("interop.report.insufficient"));
        }
        String then = text("interop.report.outcome.midasBaseline", m.baseline(), m.baselineGrade());
        String now = m.latest() == null ? text("interop.report.outcome.midasNoLater")
                : text("interop.report.outcome.midasLatest", m.latest(), m.latestGrade(), date(m.latestOn()));
        return line("interop.report.outcome.midas", then + ARROW + now);
    }

    private Section weeks(ProgressReport report) {
        List<String> lines = new ArrayList<>();
        for (ProgressReport.Week week : report.weeks()) {
            lines.add(text("interop.report.week.line", date(week.from()), date(week.to()), week.headacheDays(),
                    week.loggedDays()));
        }
        return new Section("weeks", chartTitle(), lines);
    }

    private Section reactions(ProgressReport report) {
        List<String> lines = new ArrayList<>();
        if (report.adverseReactions().isEmpty()) {
            lines.add(text("interop.report.reactions.none"));
        }
        for (ProgressReport.Reaction r : report.adverseReactions()) {
            lines.add(date(r.date()) + ": " + r.text());
        }
        return new Section("reactions", text("interop.report.reactions.title"), lines);
    }

    private Section screening(ProgressReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(line("interop.report.screening.status", report.screeningStatus() == null ? text("interop.report.screening.noIntake")
                : text("interop.report.screening.status." + report.screeningStatus())));
        if (report.flags().isEmpty()) {
            lines.add(line("interop.report.screening.flags", text("interop.report.none")));
        }
        for (Flag flag : report.flags()) {
            lines.add(text("interop.report.screening.flag", text("interop.report.screening.severity." + flag.severity()),
                    flag.message(), flag.code()));
        }
        if (report.clearances().isEmpty()) {
            lines.add(line("interop.report.screening.clearances", text("interop.report.none")));
        }
        for (ClearanceOnFile c : report.clearances()) {
            lines.add(text("interop.report.screening.clearance", c.clearedBy(), date(c.clearedOn()), c.intakeVersion(),
                    c.recordedBy()));
        }
        return new Section("screening", text("interop.report.screening.title"), lines);
    }

    /** One decimal in the report's locale: {@code 6.0} (en-US, es-US), {@code 6,0} (es-ES). */
    String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(BigDecimal.valueOf(value)); // 12.45 rounds to 12.5, as it reads
    }

    /** A signed change in per cent, {@code +12.5 %} or {@code -72.7 %} ({@code -72,7 %} in es-ES). */
    String percentChange(double value) {
        String number = decimal(Math.abs(value));
        String sign = number.equals(decimal(0)) ? "" : value > 0 ? "+" : "-";
        return sign + number + " %";
    }

    private String technique(String code) {
        return messages.getMessage("interop.report.technique." + code, null, code, locale);
    }

    private String line(String labelKey, Object value) {
        return text(labelKey) + ": " + value;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part.strip());
            }
        }
        return String.join(" · ", kept);
    }
}
