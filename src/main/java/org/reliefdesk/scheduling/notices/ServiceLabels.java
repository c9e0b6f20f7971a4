package org.reliefdesk.scheduling.notices;

import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.springframework.stereotype.Component;

/**
 * How a service is named where others may read it (emails, calendar feeds): its catalogue name,
 * unless that holds a withheld word ({@code clinical/email-withheld-words.yml}), then
 * "Massage, N minutes".
 */
@Component
class ServiceLabels {

    private final Services services;
    private final WithheldWords withheld = WithheldWords.load();

    ServiceLabels(Services services) {
        this.services = services;
    }

    String of(String code) {
        return services.find(code).map(this::of).orElse("Massage");
    }

    String of(Service service) {
        return withheld.firstIn(service.name()) == null ? service.name() : "Massage, " + service.minutes() + " minutes";
    }
}
