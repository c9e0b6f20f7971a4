package org.reliefdesk.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database, so every instance agrees: too many failures for one
 * account, or from one address, within the window lock that key for the window's length.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    boolean isLocked(String email, String address) {
        return jdbc.sql("select count(*) from login_lock where key in (:account, :address) and locked_until > :now")
                .param("account", accountKey(email)).param("address", addressKey(address))
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single() > 0;
    }

    void recordFailure(String email, String address) {
        record(accountKey(email), properties.accountFailures());
        record(addressKey(address), properties.addressFailures());
    }

    private void record(String key, int limit) {
        Instant now = clock.instant();
        jdbc.sql("insert into login_failure (key, at) values (:key, :at)")
                .param("key", key).param("at", Timestamp.from(now)).update();
        long recent = jdbc.sql("select count(*) from login_failure where key = :key and at > :since")
                .param("key", key).param("since", Timestamp.from(now.minus(properties.window())))
                .query(Long.class).single();
        if (recent >= limit) {
            jdbc.sql("""
                    insert into login_lock (key, locked_until) values (:key, :until)
                    on conflict (key) do update set locked_until = excluded.locked_until""")
                    .param("key", key).param("until", Timestamp.from(now.plus(properties.window()))).update();
        }
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
