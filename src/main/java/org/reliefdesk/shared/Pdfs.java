package org.reliefdesk.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.springframework.stereotype.Component;

/**
 * Every PDF the practice hands out, laid out from a Thymeleaf template ({@code templates/<module>/pdf/…}) by
 * openhtmltopdf: tagged for accessibility (PDF/UA: structure tree, the document's title and language), with
 * DejaVu Sans embedded, on Letter paper for a practice in a Letter country and A4 elsewhere. The template's
 * messages, dates and numbers follow {@code locale}: the reader's language with the practice's country.
 */
@Component
public class Pdfs {

    /** Countries whose paper is US Letter (ISO 3166-1 alpha-2); every other country uses A4. */
    static final Set<String> LETTER = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "DO", "GT", "NI",
            "PA", "PR", "SV", "BZ");

    private final ITemplateEngine templates;

    public Pdfs(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** {@code letter} or {@code A4}: the CSS page size for a practice in {@code country}. */
    public static String paper(String country) {
        return country != null && LETTER.contains(country.toUpperCase(Locale.ROOT)) ? "letter" : "A4";
    }

    /** The template rendered with {@code variables} (and {@code paper}) in {@code locale}, as a PDF. */
    public byte[] render(String template, Locale locale, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("paper", paper(locale.getCountry()));
        String html = templates.process(template, new Context(locale, all));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.useFont(() -> Pdfs.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> Pdfs.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(html, "classpath:/templates/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
