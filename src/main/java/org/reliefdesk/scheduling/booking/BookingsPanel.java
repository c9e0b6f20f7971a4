package org.reliefdesk.scheduling.booking;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientClosures;
import org.reliefdesk.clients.ClientPanel;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.shared.PageParams;
import org.springframework.stereotype.Component;

/** The client page's bookings section: upcoming sessions and, for front desk and admins, a book button. */
@Component
class BookingsPanel implements ClientPanel {

    private final Bookings bookings;
    private final Clock clock;
    private final ClientClosures closures;

    BookingsPanel(Bookings bookings, Clock clock, ClientClosures closures) {
        this.closures = closures;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Panel> panel(Client client, ReliefDeskUser viewer) {
        var upcoming = bookings.list(new Bookings.Filter(clock.instant(), null, null, null, client.id(),
                BookingStatus.BOOKED), PageParams.of(0, 10)).items();
        boolean canBook = !closures.isClosed(client.id())
                && (viewer.isAdmin() || viewer.role() == org.reliefdesk.accounts.Role.FRONT_DESK);
        return Optional.of(new Panel("scheduling/panel", Map.of("upcoming", upcoming, "canBook", canBook,
                "clientId", client.id())));
    }
}
