package org.reliefdesk.planning.internal;

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

    ProposalWords(Catalogue catalogue, Clients clients, Accounts accounts, ScreeningWords screenings) {
        this.catalogue = catalogue;
        this.clients = clients;
        this.accounts = accounts;
        this.screenings = screenings;
    }

    PlanWords of(UUID clientId, Screening screening) {
        String preferred = clients.find(clientId).map(Client::userId).map(accounts::preferredLanguage).orElse(null);
        PlanWords words = PlanWords.of(catalogue, preferred);
        return words.withReasons(screening, screenings.in(screening, words.locale()));
    }
}
