package org.reliefdesk.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.reliefdesk.clients.ScreeningStatusLookup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Tests may set a client's screening status directly ({@link #set}); every other client's status
 * comes from the real screening module (NO_INTAKE while it is absent).
 */
@Component
@Primary
public class TestScreenings implements ScreeningStatusLookup {

    private static final Map<UUID, String> OVERRIDES = new ConcurrentHashMap<>();
    private final ObjectProvider<ScreeningStatusLookup> all;

    TestScreenings(ObjectProvider<ScreeningStatusLookup> all) {
        this.all = all;
    }

    public static void set(String clientId, String status) {
        OVERRIDES.put(UUID.fromString(clientId), status);
    }

    @Override
    public String statusOf(UUID clientId) {
        String status = OVERRIDES.get(clientId);
        if (status != null) {
            return status;
        }
        return all.orderedStream().filter(lookup -> lookup != this).findFirst().map(l -> l.statusOf(clientId))
                .orElse(NO_INTAKE);
    }
}
