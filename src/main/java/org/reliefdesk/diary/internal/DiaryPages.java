package org.reliefdesk.diary.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.DiaryCodes;
import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.diary.DiaryInput;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.shared.TypedFields;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's diary pages (log today, back-fill a day, the month heat map) and the staff month view. */
@Controller
class DiaryPages {

    private final Diary diary;
    private final ClientAccess access;
    private final MessageSource messages;

    DiaryPages(Diary diary, ClientAccess access, MessageSource messages) {
        this.diary = diary;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/diary")
    String today(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String month,
            Model model) {
        Client client = access.self(user);
        LocalDate today = diary.today();
        DayForm form = diary.on(client.id(), today).map(DayForm::of).orElseGet(DayForm::new);
        model.addAttribute("logged", diary.on(client.id(), today).orElse(null));
        addDay(model, today, form);
        model.addAttribute("calendar", month(client.id(), month, today));
        return "diary/today";
    }

    @GetMapping("/diary/day/{date}")
    String day(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String date, Model model) {
        Client client = access.self(user);
        LocalDate day = editableDay(date);
        addDay(model, day, diary.on(client.id(), day).map(DayForm::of).orElseGet(DayForm::new));
        return "diary/day";
    }

    /**
     * Saves the day; when it replaces a different entry already logged, first asks (the page shows both, and
     * "Replace it" posts again with {@code replace=true}). The API's PUT replaces without asking.
     */
    @PostMapping("/diary/day/{date}")
    String save(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String date,
            @ModelAttribute("form") DayForm form, @RequestParam(defaultValue = "false") boolean replace, Model model,
            RedirectAttributes redirect) {
        Client client = access.self(user);
        LocalDate day = editableDay(date);
        try {
            FieldErrors errors = new FieldErrors();
            DiaryInput input = form.toInput(errors);
            Optional<DiaryEntry> logged = replace ? Optional.empty() : diary.on(client.id(), day);
            if (logged.isPresent() && !DayForm.same(logged.get(), input)) {
                diary.check(day, input, errors);
                model.addAttribute("replacing", logged.get());
                model.addAttribute("replacement", input);
                addDay(model, day, form);
                return "diary/day";
            }
            diary.record(client.id(), day, input, user.id(), errors);
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e));
            addDay(model, day, form);
            return "diary/day";
        }
        redirect.addFlashAttribute("saved", day);
        return "redirect:/diary?month=" + YearMonth.from(day);
    }

    @GetMapping("/clients/{clientId}/diary")
    String forStaff(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId,
            @RequestParam(required = false) String month, Model model) {
        Client client = access.clinical(clientId, user, "READ_DIARY", "DIARY", null);
        model.addAttribute("client", client);
        model.addAttribute("calendar", month(clientId, month, diary.today()));
        return "diary/client";
    }

    private void addDay(Model model, LocalDate day, DayForm form) {
        model.addAttribute("day", day);
        model.addAttribute("isToday", day.equals(diary.today()));
        model.addAttribute("form", form);
        model.addAttribute("medicationKinds", DiaryCodes.MEDICATION_KINDS);
        model.addAttribute("triggerCodes", DiaryCodes.TRIGGERS);
    }

    private MonthView month(UUID clientId, String text, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        try {
            month = text == null || text.isBlank() ? month : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            // an unreadable month shows the current one
        }
        Map<LocalDate, DiaryEntry> entries = diary.between(clientId, month.atDay(1), month.atEndOfMonth()).stream()
                .collect(Collectors.toMap(DiaryEntry::date, Function.identity()));
        return MonthView.of(month, entries, today);
    }

    /** A day that may be logged: not in the future, not over a year ago (else an error page saying so). */
    private LocalDate editableDay(String text) {
        FieldErrors errors = new FieldErrors();
        LocalDate day = TypedFields.date("date", text, errors);
        if (day == null) {
            throw new NotFoundException("Diary day");
        }
        LocalDate today = diary.today();
        if (day.isAfter(today) || day.isBefore(today.minusDays(DiaryCodes.DAYS_BACK))) {
            Locale locale = LocaleContextHolder.getLocale();
            DateTimeFormatter shape = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale);
            throw RuleViolationException.of("date", messages.getMessage("diary.outOfRange",
                    new Object[] {shape.format(today.minusDays(DiaryCodes.DAYS_BACK)), shape.format(today)}, locale));
        }
        return day;
    }
}
