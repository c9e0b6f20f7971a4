package org.reliefdesk.billing.pages;

import org.reliefdesk.shared.DemoSeeder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo practice's prices and policy: the 60-minute Medical Massage at 95.00 and the 90-minute at 135.00 (any
 * other service at the same rate, rounded to 5), the demo location's late-cancellation fee 40.00 and no-show fee
 * 60.00, currency USD, and a tax id and NPI. Each is set only where it is still the default, so that running twice,
 * or after an admin changed it, changes nothing.
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class PricesDemoData implements DemoSeeder {

    static final String LOCATION = "Harbour Street Clinic";
    private final JdbcClient jdbc;

    PricesDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    @Transactional
    public void seed() {
        jdbc.sql("update service set price = 95.00 where code = 'MEDICAL_MASSAGE_60' and price = 0").update();
        jdbc.sql("update service set price = 135.00 where code = 'MEDICAL_MASSAGE_90' and price = 0").update();
        jdbc.sql("update service set price = round(minutes * 95.0 / 60 / 5) * 5 where price = 0").update();
        jdbc.sql("update location set late_cancel_fee = 40.00 where name = :name and late_cancel_fee = 0")
                .param("name", LOCATION).update();
        jdbc.sql("update location set no_show_fee = 60.00 where name = :name and no_show_fee = 0")
                .param("name", LOCATION).update();
        jdbc.sql("update practice set tax_id = '12-3456789' where id = 1 and tax_id = ''").update();
        jdbc.sql("update practice set npi = '1234567893' where id = 1 and npi = ''").update();
    }
}
