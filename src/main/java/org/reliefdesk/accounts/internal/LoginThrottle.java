package org.reliefdesk.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database, so every instance agrees. Only an (account, address)
 * pair is ever locked, so a stranger's failures cannot lock the owner out from another address;
 * many failures for one account, or from one address, only slow each attempt down.
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

    /** What to do with a sign-in attempt before its password is checked (one query). */
    Verdict check(String email, String address) {
        Instant now = clock.instant();
        return jdbc.sql("""
                select (select count(*) from login_lock where key = :pair and locked_until > :now) as locked,
                       (select count(*) from login_failure where key = :pair and at > :since) as pair_failures,
                       (select count(*) from login_failure where key = :account and at > :since) as account_failures,
                       (select count(*) from login_failure where key = :address and at > :since) as address_failures""")
                .param("pair", pairKey(email, address)).param("account", accountKey(email))
                .param("address", addressKey(address)).param("now", Timestamp.from(now))
                .param("since", Timestamp.from(now.minus(properties.window())))
                .query((rs, n) -> new Verdict(rs.getLong("locked") > 0, rs.getLong("pair_failures") > 0,
                        rs.getLong("account_failures") > properties.accountFailures()
                                || rs.getLong("address_failures") > properties.addressFailures()))
                .single();
    }

    void recordFailure(String email, String address) {
        Instant now = clock.instant();
        String pair = pairKey(email, address);
        Timestamp since = Timestamp.from(now.minus(properties.window()));
        jdbc.sql("insert into login_failure (key, at) values (:pair, :at), (:account, :at), (:address, :at)")
                .param("pair", pair).param("account", accountKey(email)).param("address", addressKey(address))
                .param("at", Timestamp.from(now)).update();
        jdbc.sql("delete from login_failure where key in (:pair, :account, :address) and at <= :since")
                .param("pair", pair).param("account", accountKey(email)).param("address", addressKey(address))
                .param("since", since).update();
        long recent = jdbc.sql("select count(*) from login_failure where key = :key and at > :since")
                .param("key", pair).param("since", since).query(Long.class).single();
        if (recent >= properties.pairFailures()) {
            jdbc.sql("""
                    insert into login_lock (key, locked_until) values (:key, :until)
                    on conflict (key) do update set locked_until = excluded.locked_until""")
                    .param("key", pair).param("until", Timestamp.from(now.plus(properties.window()))).update();
        }
    }

    /** After a correct password: the pair's earlier failures no longer count. */
    void forgetPairFailures(String email, String address) {
        jdbc.sql("delete from login_failure where key = :pair").param("pair", pairKey(email, address)).update();
    }

    private static String email(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String email, String address) {
        return "pair:" + email(email) + "|" + address;
    }

    private static String accountKey(String email) {
        return "account:" + email(email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** {@code locked}: the pair gets 429; {@code pairFailed}: the pair has recent failures; {@code slow}: wait first. */
    record Verdict(boolean locked, boolean pairFailed, boolean slow) {
    }
}
