package org.reliefdesk.interop.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The progress report as a PDF (OpenPDF, A4 like the plan and the letters): the labelled lines of {@link ReportText},
 * a bar chart of headache days per week drawn on the page (each bar's count printed above it, so that it reads as
 * text too), and the caveat once at the end. The font is the Liberation Sans that OpenPDF ships, for the arrow.
 */
@Component
public class ProgressReportPdf {

    private static final BaseFont FONT = font();
    private static final Font TITLE = new Font(FONT, 17, Font.NORMAL);
    private static final Font HEADING = new Font(FONT, 12, Font.NORMAL, new Color(0x1F, 0x4E, 0x6B));
    private static final Font TEXT = new Font(FONT, 9.5f);
    private static final Font SMALL = new Font(FONT, 8, Font.NORMAL, Color.DARK_GRAY);
    private static final float CHART_HEIGHT = 110;

    private final MessageSource messages;

    ProgressReportPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(ProgressReport report, Locale locale) {
        ReportText text = new ReportText(messages, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(report.practice().name(), HEADING));
        document.add(new Paragraph(text.title(), TITLE));
        document.add(new Paragraph(text.text("interop.report.subtitle"), SMALL));
        document.add(Chunk.NEWLINE);
        lines(document, text.header(report));
        for (ReportText.Section section : text.sections(report)) {
            document.add(heading(section.title()));
            if (section.code().equals("weeks")) {
                chart(document, writer, report.weeks(), text);
            } else {
                lines(document, section.lines());
            }
        }
        document.add(Chunk.NEWLINE);
        Paragraph caveat = new Paragraph(text.caveat(), TEXT);
        caveat.setSpacingBefore(6);
        document.add(caveat);
        document.close();
        return out.toByteArray();
    }

    private static Paragraph heading(String title) {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(3);
        return heading;
    }

    private static void lines(Document document, List<String> lines) {
        for (String line : lines) {
            Paragraph p = new Paragraph(line, TEXT);
            p.setSpacingAfter(1.5f);
            document.add(p);
        }
    }

    /** The chart's frame on the page: where its axes are and how wide each week's slot and bar are. */
    private record Frame(float left, float width, float top, float bottom, int max, float slot, float bar) {

        float height(ProgressReport.Week week) {
            return (CHART_HEIGHT - 16) * week.headacheDays() / max;
        }
    }

    /** Bars on the page below the current line; a new page first when the chart would not fit. */
    private static void chart(Document document, PdfWriter writer, List<ProgressReport.Week> weeks, ReportText text) {
        float needed = CHART_HEIGHT + 40;
        if (writer.getVerticalPosition(true) - document.bottomMargin() < needed) {
            document.newPage();
        }
        float top = writer.getVerticalPosition(true) - 6;
        float left = document.left() + 24;
        float width = document.right() - left;
        int max = Math.max(7, weeks.stream().mapToInt(ProgressReport.Week::headacheDays).max().orElse(0));
        float slot = width / Math.max(1, weeks.size());
        Frame frame = new Frame(left, width, top, top - CHART_HEIGHT, max, slot, Math.min(26, slot * 0.6f));
        PdfContentByte canvas = writer.getDirectContent();
        bars(canvas, frame, weeks);
        labels(canvas, frame, weeks, text);
        Paragraph spacer = new Paragraph(" ", TEXT);
        spacer.setSpacingBefore(CHART_HEIGHT + 14);
        document.add(spacer);
        document.add(new Paragraph(text.text("interop.report.chart.legend"), SMALL));
    }

    private static void bars(PdfContentByte canvas, Frame frame, List<ProgressReport.Week> weeks) {
        canvas.saveState();
        canvas.setColorStroke(Color.GRAY);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(frame.left(), frame.bottom());
        canvas.lineTo(frame.left() + frame.width(), frame.bottom());
        canvas.moveTo(frame.left(), frame.bottom());
        canvas.lineTo(frame.left(), frame.top());
        canvas.stroke();
        for (int i = 0; i < weeks.size(); i++) {
            ProgressReport.Week week = weeks.get(i);
            float x = frame.left() + frame.slot() * i + (frame.slot() - frame.bar()) / 2;
            canvas.setColorFill(week.loggedDays() == 0 ? Color.LIGHT_GRAY : new Color(0x4A, 0x7F, 0xA7));
            canvas.rectangle(x, frame.bottom(), frame.bar(), Math.max(frame.height(week), 0.5f));
            canvas.fill();
        }
        canvas.restoreState();
    }

    /** The scale, each bar's count above it and its week below it, as text a reader can copy. */
    private static void labels(PdfContentByte canvas, Frame frame, List<ProgressReport.Week> weeks, ReportText text) {
        canvas.beginText();
        canvas.setColorFill(Color.BLACK);
        canvas.setFontAndSize(FONT, 7.5f);
        canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, String.valueOf(frame.max()), frame.left() - 4,
                frame.top() - 16 - 3, 0);
        canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, "0", frame.left() - 4, frame.bottom() - 3, 0);
        for (int i = 0; i < weeks.size(); i++) {
            ProgressReport.Week week = weeks.get(i);
            float center = frame.left() + frame.slot() * i + frame.slot() / 2;
            canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, String.valueOf(week.headacheDays()), center,
                    frame.bottom() + frame.height(week) + 3, 0);
            canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, text.weekLabel(week), center, frame.bottom() - 11, 0);
        }
        canvas.endText();
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
