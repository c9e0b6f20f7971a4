package org.reliefdesk.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.intake.IntakeDraft;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.IntakeForm.Section;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client's intake, one section per page, rendered from the form definition. Every post saves the
 * section as a draft first (so nothing typed is lost), then checks it; {@code /intake} resumes at the
 * first unfinished section. Sending the finished intake is the screening module's {@code /intake/submit}.
 */
@Controller
class IntakePages {

    private final Intakes intakes;
    private final ClientAccess access;
    private final Clock clock;
    private final MessageSource messages;

    IntakePages(Intakes intakes, ClientAccess access, Clock clock, MessageSource messages) {
        this.intakes = intakes;
        this.access = access;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/intake")
    String resume(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        Client client = access.self(user);
        IntakeDraft draft = draft(client);
        if (draft.isEmpty()) {
            if (intakes.latest(client.id()).isPresent()) {
                return "redirect:/screening";
            }
            return "redirect:/intake/" + form().sections().get(0).code();
        }
        Section next = draft.firstUnfinished(today()).orElse(form().sections().get(form().sections().size() - 1));
        return "redirect:/intake/" + next.code();
    }

    @GetMapping("/intake/{section}")
    String show(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String section,
            @RequestParam(required = false) String check, Model model, Locale locale) {
        Client client = access.self(user);
        Section page = section(section);
        IntakeDraft draft = withProfile(draft(client), client);
        Map<String, String> problems = check == null ? Map.of() : draft.problems(page.code(), today());
        return render(page, draft, problems, model, locale);
    }

    @PostMapping("/intake/{section}")
    String save(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String section,
            @RequestParam(defaultValue = "next") String go, HttpServletRequest request, Model model, Locale locale,
            RedirectAttributes redirect) {
        Client client = access.self(user);
        Section page = section(section);
        IntakeDraft draft = saveSection(client, user, page, request);
        int index = form().sections().indexOf(page);
        if (go.equals("back")) {
            return "redirect:/intake/" + form().sections().get(Math.max(0, index - 1)).code();
        }
        if (go.equals("later")) {
            redirect.addFlashAttribute("notice", messages.getMessage("intake.savedForLater", null, locale));
            return "redirect:/";
        }
        Map<String, String> problems = draft.problems(page.code(), today(), request.getParameterMap());
        if (!problems.isEmpty() || index == form().sections().size() - 1) {
            return render(page, draft, problems, model, locale);
        }
        return "redirect:/intake/" + form().sections().get(index + 1).code();
    }

    /** Saves the section as the client types (htmx); answers with a short status for the page to announce. */
    @PostMapping("/intake/{section}/draft")
    ResponseEntity<String> autosave(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String section,
            HttpServletRequest request, Locale locale) {
        Client client = access.self(user);
        saveSection(client, user, section(section), request);
        String time = LocalTime.now(clock).format(DateTimeFormatter.ofPattern(messages.getMessage("format.time", null, locale), locale));
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .body(HtmlUtils.htmlEscape(messages.getMessage("intake.saved", new Object[] {time}, locale)));
    }

    /** Starts updating a submitted intake: a new draft from the last answers, consent to sign again. */
    @PostMapping("/intake/update")
    String update(@AuthenticationPrincipal ReliefDeskUser user) {
        Client client = access.self(user);
        if (intakes.latest(client.id()).isPresent() && draft(client).isEmpty()) {
            intakes.draftFromLatest(client.id(), user.id());
        }
        return "redirect:/intake/" + form().sections().get(0).code();
    }

    private IntakeDraft saveSection(Client client, ReliefDeskUser user, Section page, HttpServletRequest request) {
        IntakeDraft draft = draft(client);
        ObjectNode answers = draft.sectionFromPost(page.code(), request.getParameterMap(), today());
        intakes.saveDraftSection(client.id(), page.code(), answers, user.id());
        ObjectNode updated = (ObjectNode) draft.answers().deepCopy();
        updated.set(page.code(), answers);
        return new IntakeDraft(form(), updated);
    }

    private String render(Section page, IntakeDraft draft, Map<String, String> problems, Model model, Locale locale) {
        ProblemWords words = new ProblemWords(messages, locale);
        IntakeForm shown = intakes.form(locale);
        model.addAttribute("page", SectionPage.of(shown, shown.section(page.code()).orElseThrow(), draft, problems,
                today(), words,
                messages.getMessage("intake.yes", null, locale), messages.getMessage("intake.no", null, locale)));
        return "intake/section";
    }

    private Section section(String code) {
        return form().section(code).orElseThrow(() -> new NotFoundException("Intake section"));
    }

    /** The date of birth given at registration, shown filled in (and saved with the page) until answered here. */
    private IntakeDraft withProfile(IntakeDraft draft, Client client) {
        if (client.dateOfBirth() == null || draft.answers().path("about").has("dateOfBirth")) {
            return draft;
        }
        ObjectNode answers = (ObjectNode) draft.answers().deepCopy();
        ObjectNode about = answers.path("about").isObject() ? (ObjectNode) answers.get("about") : answers.putObject("about");
        about.put("dateOfBirth", client.dateOfBirth().toString());
        return new IntakeDraft(draft.form(), answers);
    }

    private IntakeDraft draft(Client client) {
        return new IntakeDraft(form(), intakes.draft(client.id()));
    }

    private IntakeForm form() {
        return intakes.form();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
