package org.reliefdesk.clients.internal;

import org.reliefdesk.shared.DemoSeeder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives every demo client made without a phone (the screening demo's) one, after they exist and before the
 * bookings are made, so the staff search shows a phone beside each name.
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class DemoPhones implements DemoSeeder {

    private final JdbcClient jdbc;

    DemoPhones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void seed() {
        jdbc.sql("""
                update client c set phone = '+1 207 555 01' || lpad(s.n::text, 2, '0'), updated_at = now()
                from (select id, 10 + row_number() over (order by email) as n from client
                      where email like '%@demo.reliefdesk.local' and phone is null) s
                where c.id = s.id""").update();
    }
}
