package org.reliefdesk.scheduling.notices;

import java.util.Locale;

import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a service is named where others may read it (emails, calendar feeds): its catalogue name,
 * unless that holds a withheld word ({@code clinical/email-withheld-words.yml}), then
 * "Massage, N minutes".
 */
@Component
class ServiceLabels {

    private final Services services;
    private final MessageSource messages;
    private final WithheldWords withheld = WithheldWords.load();

    ServiceLabels(Services services, MessageSource messages) {
        this.services = services;
        this.messages = messages;
    }

    /** For an email in this language ("Masaje, 60 minutos" when the name holds a withheld word). */
    String of(String code, Locale locale) {
        return services.find(code).map(s -> withheld.firstIn(s.name()) == null ? s.name()
                : messages.getMessage("mail.service.fallback", new Object[] {s.minutes()}, locale))
                .orElse(messages.getMessage("mail.service.unknown", null, locale));
    }

    String of(String code) {
        return services.find(code).map(this::of).orElse("Massage");
    }

    String of(Service service) {
        return withheld.firstIn(service.name()) == null ? service.name() : "Massage, " + service.minutes() + " minutes";
    }
}
