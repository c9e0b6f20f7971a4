package org.reliefdesk.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import org.reliefdesk.accounts.internal.AccountMessages;
import org.reliefdesk.notifications.Letter;
import org.reliefdesk.notifications.Outbox;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.shared.SecretDigests;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emailed single-use links: an invitation to set a first password (7 days) and a password reset
 * (1 hour). Only a digest of each link's secret is stored; a newer link voids the user's older
 * unused ones of the same purpose, and at most {@value #RESETS_PER_HOUR} reset emails go to one
 * address an hour. Setting a password through a link ends every session and token of the user. The emails come
 * from the practice, in the person's language.
 */
@Component
public class AccountLinks {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    static final Duration RESET_LIFETIME = Duration.ofHours(1);
    static final int RESETS_PER_HOUR = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Accounts accounts;
    private final Practice practice;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    AccountLinks(JdbcClient jdbc, Outbox outbox, Accounts accounts, Practice practice, MessageSource messages,
            Clock clock, ReliefDeskSettings settings) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.accounts = accounts;
        this.practice = practice;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = settings.baseUrl();
    }

    /** Emails a new account (made by staff without a password) a link to set one. */
    @Transactional
    public void invite(UUID userId) {
        var account = accounts.find(userId).orElseThrow();
        String token = issue(userId, "INVITATION", INVITATION_LIFETIME);
        outbox.queue(letter("INVITATION", account, "mail.invitation", "/invitation?token=" + token));
    }

    /** Emails a reset link when the address belongs to an account; says nothing either way. */
    @Transactional
    public void requestReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmail(email).filter(Accounts.UserAccount::enabled).filter(this::mayEmailReset).ifPresent(account -> {
            String token = issue(account.id(), "PASSWORD_RESET", RESET_LIFETIME);
            outbox.queue(letter("PASSWORD_RESET", account, "mail.reset", "/password/reset?token=" + token));
        });
    }

    /** An invitation or a reset ({@code prefix}: mail.invitation, mail.reset) with its link as a button. */
    private Letter letter(String kind, Accounts.UserAccount account, String prefix, String link) {
        Practice.Details details = practice.details();
        Locale locale = practice.documentLocale(Letter.language(accounts.preferredLanguage(account.id())));
        Letter.Words w = new Letter.Words(messages, locale);
        return Letter.builder(kind, account.email(), locale, new Letter.Letterhead(details.name(), details.email(),
                        details.address(), details.phone()))
                .subject(w.text(prefix + ".subject", details.name())).greeting(w.text("mail.greeting", account.fullName()))
                .paragraph(w.text(prefix + ".lead", details.name())).button(w.text(prefix + ".button"), baseUrl + link)
                .paragraph(w.text(prefix + ".ignore")).build();
    }

    /** At most RESETS_PER_HOUR reset emails to one address an hour (the account row serialises concurrent asks). */
    private boolean mayEmailReset(Accounts.UserAccount account) {
        jdbc.sql("select id from app_user where id = :id for update").param("id", account.id()).query(UUID.class).single();
        long recent = jdbc.sql("""
                select count(*) from account_link where user_id = :user and purpose = 'PASSWORD_RESET' and created_at > :since""")
                .param("user", account.id()).param("since", Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .query(Long.class).single();
        return recent < RESETS_PER_HOUR;
    }

    /** Sets the password through a link; 422 on field {@code token} when it is unknown, used or expired. */
    @Transactional
    public void setPassword(String token, String password) {
        FieldErrors errors = new FieldErrors();
        String problem = PasswordPolicy.problem(password);
        if (problem != null) {
            errors.add("password", problem);
        }
        UUID userId = token == null ? null : jdbc.sql("""
                select user_id from account_link where digest = :digest and used_at is null and expires_at > :now
                for update""")
                .param("digest", SecretDigests.sha256Hex(token)).param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).optional().orElse(null);
        if (userId == null) {
            errors.add("token", AccountMessages.get("link.expired"));
        }
        errors.throwIfAny();
        jdbc.sql("update account_link set used_at = now() where digest = :digest").param("digest", SecretDigests.sha256Hex(token)).update();
        accounts.setPassword(userId, password);
    }

    private String issue(UUID userId, String purpose, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                update account_link set expires_at = :now
                where user_id = :u and purpose = :p and used_at is null and expires_at > :now""")
                .param("u", userId).param("p", purpose).param("now", now).update();
        jdbc.sql("""
                insert into account_link (user_id, purpose, digest, created_at, expires_at) values (:u, :p, :d, :now, :e)""")
                .param("u", userId).param("p", purpose).param("d", SecretDigests.sha256Hex(token)).param("now", now)
                .param("e", Timestamp.from(clock.instant().plus(lifetime))).update();
        return token;
    }


    /** For pages: a 422 turned into a message. */
    public static boolean isTokenProblem(RuleViolationException e) {
        return e.errors().stream().anyMatch(error -> error.field().equals("token"));
    }
}
