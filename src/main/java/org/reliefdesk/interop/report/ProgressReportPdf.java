package org.reliefdesk.interop.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.shared.Pdfs;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The progress report as a PDF (from {@code templates/interop/pdf/progress-report.html}): the labelled lines of
 * {@link ReportText} with dates in the reader's language, a bar chart of headache days per week (each bar's count
 * printed above it, so that it reads as text too), and the caveat once at the end; paper by the practice's country.
 */
@Component
public class ProgressReportPdf {

    private final MessageSource messages;
    private final Practice practice;
    private final Pdfs pdfs;

    ProgressReportPdf(MessageSource messages, Practice practice, Pdfs pdfs) {
        this.messages = messages;
        this.practice = practice;
        this.pdfs = pdfs;
    }

    public byte[] render(ProgressReport report, Locale locale) {
        Locale document = practice.documentLocale(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, document),
                document);
        ReportText text = new ReportText(messages, document, dates);
        int max = Math.max(7, report.weeks().stream().mapToInt(ProgressReport.Week::headacheDays).max().orElse(0));
        return pdfs.render("interop/pdf/progress-report", document, Map.of("report", report,
                "header", text.header(report), "sections", text.sections(report), "max", max));
    }
}
