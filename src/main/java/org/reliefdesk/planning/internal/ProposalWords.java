package org.reliefdesk.planning.internal;

import java.util.Locale;
import java.util.UUID;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.screening.ScreeningWords;
import org.springframework.stereotype.Component;

/**
 * The words a plan is proposed in, whoever proposes it: the client's preferredLanguage (English when they have
 * none or it is one we do not write), with the screening's reasons in that language.
 */
@Component
class ProposalWords {

    private final Catalogue catalogue;
    private final Clients clients;
    private final Accounts accounts;
    private final ScreeningWords screenings;
    private final RuleWords rules;

    ProposalWords(Catalogue catalogue, Clients clients, Accounts accounts, ScreeningWords screenings, RuleWords rules) {
        this.catalogue = catalogue;
        this.clients = clients;
        this.accounts = accounts;
        this.screenings = screenings;
        this.rules = rules;
    }

    PlanWords of(UUID clientId, Screening screening) {
        String preferred = clients.find(clientId).map(Client::userId).map(accounts::preferredLanguage).orElse(null);
        PlanWords words = PlanWords.of(catalogue, preferred);
        Locale locale = words.locale();
        return words.withReasons(screening, screenings.in(screening, locale)).withRules(rule -> rules.say(rule, locale));
    }
}
