package org.reliefdesk.screening;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Test listener: remembers every ScreeningChanged and whether it arrived inside the transaction. */
@Component
class ScreeningEventsRecorder {

    record Received(ScreeningChanged event, boolean inTransaction) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ScreeningChanged event) {
        received.add(new Received(event, TransactionSynchronizationManager.isActualTransactionActive()));
    }

    List<Received> of(UUID clientId) {
        return received.stream().filter(r -> r.event().clientId().equals(clientId)).toList();
    }
}
