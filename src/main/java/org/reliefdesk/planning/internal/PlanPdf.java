package org.reliefdesk.planning.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.Pdfs;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The printable plan (from {@code templates/planning/pdf/plan.html}), in the reader's language with the practice's
 * country: practice, client, blocks in plain words (labels for parts and firmness; the "why" as proposed, marked with
 * the plan's language; not the therapists' notes, which the client does not see), evidence with its strength, the
 * caveat. One page for a usual 60-minute plan.
 */
@Component
class PlanPdf {

    /** The caveat in English, as the plan pages show it (the PDF has it in the reader's language). */
    static final String CAVEAT = "Massage complements medical care; it never replaces it. This plan is not a "
            + "diagnosis. Keep seeing your doctor about your headaches, and in an emergency call your local "
            + "emergency number.";

    private final PlanStore store;
    private final Catalogue catalogue;
    private final Practice practice;
    private final Clients clients;
    private final Services services;
    private final MessageSource messages;
    private final Pdfs pdfs;
    private final Clock clock;

    PlanPdf(PlanStore store, Catalogue catalogue, Practice practice, Clients clients, Services services,
            MessageSource messages, Pdfs pdfs, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.practice = practice;
        this.clients = clients;
        this.services = services;
        this.messages = messages;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    /** One block as the PDF shows it: labels resolved. */
    record Row(int order, int minutes, String phase, String what, String where, int pressure, String why) {
    }

    /** The plan's current version, or {@code version} when given (404 when there is no such version). */
    byte[] render(SessionPlan plan, Integer version) {
        int wanted = version == null ? plan.version() : version;
        PlanVersion saved = store.version(plan.id(), wanted).orElseThrow(() -> new NotFoundException("Plan version"));
        PlanReading reading = PlanReading.of(catalogue, saved.version(), saved.blocks());
        Locale locale = practice.documentLocale(LocaleContextHolder.getLocale());
        Practice.Details details = practice.details();
        Map<String, Object> model = new HashMap<>();
        model.put("practice", details);
        model.put("contact", Stream.of(details.address(), details.phone(), details.email())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("  ·  ")));
        model.put("client", clients.find(plan.clientId()).map(c -> c.fullName()).orElse(""));
        model.put("service", services.find(plan.serviceCode()).map(s -> s.name()).orElse(plan.serviceCode()));
        model.put("saved", saved);
        model.put("savedOn", saved.savedAt().atZone(clock.getZone()).toLocalDate());
        model.put("acceptedOn", saved.accepted() ? saved.acceptedAt().atZone(clock.getZone()).toLocalDate() : null);
        model.put("inForce", Integer.valueOf(saved.version()).equals(plan.inForceVersion()));
        model.put("status", plan.status().name());
        model.put("language", plan.language());
        model.put("rows", saved.blocks().stream().map(b -> row(b, locale)).toList());
        model.put("total", reading.totalMinutes());
        model.put("evidence", reading.evidence());
        return pdfs.render("planning/pdf/plan", locale, model);
    }

    private Row row(PlanBlock block, Locale locale) {
        Technique technique = catalogue.technique(block.technique());
        BodyArea area = catalogue.area(block.area());
        String what = messages.getMessage("code.Technique." + block.technique() + ".plain", null,
                technique == null ? block.technique() : technique.plain(), locale);
        String plainArea = area == null ? "" : area.plain();
        String where = messages.getMessage("code.BodyArea." + block.area(), null,
                plainArea.isEmpty() ? "" : Character.toUpperCase(plainArea.charAt(0)) + plainArea.substring(1), locale);
        return new Row(block.order(), block.minutesOrZero(), block.phase(), what, where,
                block.pressure() == null ? 0 : block.pressure(), block.rationale());
    }

    static ResponseEntity<byte[]> response(byte[] pdf, UUID planId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"plan-" + planId + ".pdf\"").body(pdf);
    }
}
