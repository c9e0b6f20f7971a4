package org.reliefdesk.billing.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The demo's prices and fees: set where still the default, never over an admin's choice, twice the same. */
@IntegrationTest
@Transactional
class PricesDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    private BigDecimal price(String code) {
        return jdbc.sql("select price from service where code = :code").param("code", code).query(BigDecimal.class)
                .single();
    }

    @Test
    void pricesTheDemoServicesAndTheDemoLocationsFeesOnceAndKeepsAnAdminsChoice() {
        jdbc.sql("update service set price = 0 where code in ('MEDICAL_MASSAGE_60', 'MEDICAL_MASSAGE_90')").update();
        jdbc.sql("update practice set tax_id = '', npi = '' where id = 1").update();
        UUID location = jdbc.sql("""
                insert into location (name, time_zone) values (:name, 'America/New_York') returning id""")
                .param("name", PricesDemoData.LOCATION).query(UUID.class).single();
        jdbc.sql("update location set no_show_fee = 75.00 where id = :id").param("id", location).update();
        PricesDemoData demo = new PricesDemoData(jdbc);
        demo.seed();
        demo.seed();
        assertThat(price("MEDICAL_MASSAGE_60")).isEqualByComparingTo("95.00");
        assertThat(price("MEDICAL_MASSAGE_90")).isEqualByComparingTo("135.00");
        assertThat(jdbc.sql("select count(*) from service where price = 0").query(Integer.class).single()).isZero();
        var fees = jdbc.sql("select late_cancel_fee, no_show_fee from location where id = :id").param("id", location)
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
        assertThat(fees[0]).isEqualByComparingTo("40.00");
        assertThat(fees[1]).as("an admin's fee stays").isEqualByComparingTo("75.00");
        assertThat(jdbc.sql("select npi from practice where id = 1").query(String.class).single()).isEqualTo("1234567893");
    }
}
