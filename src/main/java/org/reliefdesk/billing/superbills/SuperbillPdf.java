package org.reliefdesk.billing.superbills;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.shared.Pdfs;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The superbill as a one-page PDF where it fits (from {@code templates/billing/pdf/superbill.html}), in the reader's
 * language with the practice's country; codes, never CPT descriptors.
 */
@Component
class SuperbillPdf {

    private final MessageSource messages;
    private final ProcedureCodes codes;
    private final Practice practice;
    private final Pdfs pdfs;

    SuperbillPdf(MessageSource messages, ProcedureCodes codes, Practice practice, Pdfs pdfs) {
        this.messages = messages;
        this.codes = codes;
        this.practice = practice;
        this.pdfs = pdfs;
    }

    byte[] render(Superbill bill, Locale locale) {
        Locale document = practice.documentLocale(locale);
        Superbill.Practice p = bill.practice();
        String legend = codes.all().stream()
                .map(c -> c.code() + " " + messages.getMessage("superbill.code." + c.code(), null, c.name(), document))
                .collect(Collectors.joining("; "));
        Map<String, Object> model = new java.util.HashMap<>(Map.of("bill", bill, "legend", legend,
                "codes", bill.sessions().stream().map(Superbill.Session::codes).toList()));
        model.put("charged", bill.charged());
        model.put("paid", bill.paid());
        model.putAll(Map.of(
                "contact", String.join("  ·  ", nonBlank(p.address(), p.phone(), p.email())),
                "fromPlan", bill.sessions().stream().anyMatch(Superbill.Session::fromPlan)));
        return pdfs.render("billing/pdf/superbill", document, model);
    }

    static ResponseEntity<byte[]> response(byte[] pdf, Superbill bill) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"superbill-" + bill.from() + "-to-"
                        + bill.to() + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(pdf);
    }

    private static String[] nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toArray(String[]::new);
    }
}
