package org.reliefdesk.interop.record;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.interop.record.AccessLog.Access;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The client's pages about their own record: who has seen it, and closing the account (with a confirmation). */
@Controller
class RecordPages {

    private final AccessLog accessLog;
    private final AccountClosure closure;
    private final ClientAccess access;
    private final RetentionSettings retention;
    private final MessageSource messages;
    private final Clock clock;

    RecordPages(AccessLog accessLog, AccountClosure closure, ClientAccess access, RetentionSettings retention,
            MessageSource messages, Clock clock) {
        this.accessLog = accessLog;
        this.closure = closure;
        this.access = access;
        this.retention = retention;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/record/access")
    String accessLog(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) Integer page,
            Model model) {
        requireClient(user);
        var found = accessLog.of(access.self(user).id(), PageParams.of(page, 50), LocaleContextHolder.getLocale());
        model.addAttribute("log", found.map(this::row));
        return "interop/record/access-log";
    }

    @GetMapping("/account/close")
    String closeForm(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        requireClient(user);
        access.self(user);
        model.addAttribute("years", retention.years());
        return "interop/record/close";
    }

    @PostMapping("/account/close")
    String close(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String confirm, HttpServletRequest request, HttpServletResponse response,
            Authentication authentication, Model model) {
        requireClient(user);
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason == null || reason.isBlank()) {
            errors.put("reason", text("record.close.reason.required"));
        }
        if (confirm == null) {
            errors.put("confirm", text("record.close.confirm.required"));
        }
        if (errors.isEmpty()) {
            try {
                closure.close(access.self(user).id(), user, reason);
                new SecurityContextLogoutHandler().logout(request, response, authentication);
                return "redirect:/login?closed";
            } catch (RuleViolationException e) {
                errors.putAll(FormErrors.of(e));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        model.addAttribute("years", retention.years());
        return "interop/record/close";
    }

    private Row row(Access a) {
        ZonedDateTime at = a.at().atZone(clock.getZone());
        return new Row(at, a.name(), a.roleLabel(), a.action(), a.resource());
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, locale);
    }

    private static void requireClient(ReliefDeskUser user) {
        if (!user.isClient()) {
            throw new ForbiddenException("A client's own page");
        }
    }

    /** One line of the page: when (the practice's time), who, their role, what and which record. */
    record Row(ZonedDateTime at, String name, String role, String action, String resource) {
    }
}
