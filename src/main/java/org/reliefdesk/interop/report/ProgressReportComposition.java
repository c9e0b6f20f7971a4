package org.reliefdesk.interop.report;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.interop.fhir.PatientSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The progress report as a FHIR R4 {@code Composition} in {@code Patient/$everything} (no search of its own, so not
 * in the CapabilityStatement): LOINC 11506-3 "Progress note", final, one section per part of the report with a
 * generated narrative holding the same labelled lines as the PDF, and the caveat once, in its own section.
 */
@Component
class ProgressReportComposition implements PatientSection {

    static final String LOINC = "http://loinc.org";
    private final ProgressReports reports;
    private final Clients clients;
    private final MessageSource messages;
    private final Practice practice;

    ProgressReportComposition(ProgressReports reports, Clients clients, MessageSource messages, Practice practice) {
        this.reports = reports;
        this.clients = clients;
        this.messages = messages;
        this.practice = practice;
    }

    @Override
    public String resourceType() {
        return "Composition";
    }

    @Override
    public List<Composition> resources(UUID clientId) {
        return clients.find(clientId).map(client -> List.of(of(reports.of(client), LocaleContextHolder.getLocale())))
                .orElse(List.of());
    }

    /** The report in {@code reader}'s language with the practice's country's numbers, as the PDF says it. */
    Composition of(ProgressReport report, Locale reader) {
        Locale locale = practice.documentLocale(reader);
        ReportText text = new ReportText(messages, locale);
        Composition composition = new Composition();
        composition.setId("progress-report-" + report.client().id());
        composition.setLanguage(locale.getLanguage().isEmpty() ? "en" : locale.getLanguage());
        composition.setStatus(Composition.CompositionStatus.FINAL);
        composition.setType(new CodeableConcept(new Coding(LOINC, "11506-3", "Progress note"))
                .setText(text.title()));
        composition.setSubject(new Reference("Patient/" + report.client().id()).setDisplay(report.client().fullName()));
        composition.setDate(new Date());
        if (report.therapists().isEmpty()) {
            composition.addAuthor().setDisplay(report.practice().name());
        }
        for (ProgressReport.Therapist therapist : report.therapists()) {
            composition.addAuthor(new Reference("Practitioner/" + therapist.id()).setDisplay(therapist.name()));
        }
        composition.setTitle(text.title());
        String language = composition.getLanguage();
        composition.setText(narrative(text.header(report), language));
        for (ReportText.Section section : text.sections(report)) {
            composition.addSection().setTitle(section.title()).setText(narrative(section.lines(), language));
        }
        composition.addSection().setTitle(text.text("interop.report.caveat.title"))
                .setText(narrative(List.of(text.caveat()), language));
        return composition;
    }

    private static Narrative narrative(List<String> lines, String language) {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.setAttribute("lang", language);
        div.setAttribute("xml:lang", language);
        for (String line : lines) {
            div.addTag("p").addText(line);
        }
        Narrative narrative = new Narrative();
        narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDiv(div);
        return narrative;
    }
}
