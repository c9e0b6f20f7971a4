package org.reliefdesk.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.AccountLinks;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Accounts.UserAccount;
import org.reliefdesk.accounts.ProfileFields;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registering, creating and finding clients. */
@Component
public class Clients {

    private static final String COLUMNS = "id, user_id, full_name, email, date_of_birth, phone";
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccountLinks links;
    private final MessageSource messages;

    Clients(JdbcClient jdbc, Accounts accounts, Clock clock, ApplicationEventPublisher events, AccountLinks links,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.accounts = accounts;
        this.links = links;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates the client and their CLIENT account. {@code createdBy} is null for
     * self-registration. Without a password (staff only) the client is emailed an invitation to set one.
     */
    @Transactional
    public Client register(NewClient request, UUID createdBy) {
        FieldErrors errors = new FieldErrors();
        Accounts.check(errors, request.email(), request.password(), request.fullName(), createdBy != null);
        checkDateOfBirth(errors, request.dateOfBirth());
        checkPhone(errors, request.phone());
        errors.throwIfAny();
        UserAccount account = accounts.create(request.email(), request.password(), request.fullName(), Role.CLIENT);
        UUID id = jdbc.sql("""
                insert into client (user_id, full_name, email, date_of_birth, phone, created_by)
                values (:user, :name, :email, :dob, :phone, :createdBy) returning id""")
                .param("user", account.id()).param("name", account.fullName()).param("email", account.email())
                .param("dob", request.dateOfBirth())
                .param("phone", request.phone() == null || request.phone().isBlank() ? null : request.phone().strip())
                .param("createdBy", createdBy)
                .query(UUID.class).single();
        Client client = find(id).orElseThrow();
        boolean needsPassword = request.password() == null || request.password().isEmpty();
        if (needsPassword) {
            links.invite(account.id());
        }
        events.publishEvent(new ClientRegistered(id, account.id(), createdBy != null, needsPassword));
        return client;
    }

    /**
     * Changes what is given of the client's profile (null leaves a field as it was; a blank phone clears
     * it), keeping the sign-in account's name and email in step; 422 per bad field, 409 when the email
     * belongs to another account. {@code keepSessionId}: the page session the change was made from.
     */
    @Transactional
    public Client update(UUID clientId, ProfileChange change, String keepSessionId) {
        Client client = find(clientId).orElseThrow(() -> new NotFoundException("Client"));
        check(change);
        UserAccount account = accounts.updateProfile(client.userId(), change.fullName(), change.email(),
                change.preferredLanguage(), keepSessionId);
        jdbc.sql("""
                update client set full_name = :name, email = :email, date_of_birth = coalesce(:dob, date_of_birth),
                    phone = case when :phoneGiven then :phone else phone end, updated_at = now() where id = :id""")
                .param("name", account.fullName()).param("email", account.email()).param("dob", change.dateOfBirth())
                .param("phoneGiven", change.phone() != null)
                .param("phone", change.phone() == null || change.phone().isBlank() ? null : change.phone().strip())
                .param("id", clientId).update();
        return find(clientId).orElseThrow();
    }

    /** 422 naming every given field that is wrong. */
    private void check(ProfileChange change) {
        FieldErrors errors = new FieldErrors();
        if (change.fullName() != null) {
            ProfileFields.name(errors, "fullName", change.fullName());
        }
        if (change.email() != null) {
            errors.email("email", change.email());
        }
        checkPhone(errors, change.phone());
        if (change.dateOfBirth() != null) {
            checkDateOfBirth(errors, change.dateOfBirth());
        }
        ProfileFields.language(errors, "preferredLanguage", change.preferredLanguage());
        errors.throwIfAny();
    }

    /** A phone, if given (blank is none): at most 50 characters that read as a phone number. */
    private void checkPhone(FieldErrors errors, String phone) {
        if (phone == null || phone.isBlank()) {
            return;
        }
        errors.maxLength("phone", phone, 50);
        ProfileFields.noControlCharacters(errors, "phone", phone);
        if (!errors.has("phone") && !PhoneNumbers.isValid(phone)) {
            errors.add("phone", messages.getMessage("clients.phone.invalid", null, LocaleContextHolder.getLocale()));
        }
    }

    private void checkDateOfBirth(FieldErrors errors, LocalDate dateOfBirth) {
        errors.required("dateOfBirth", dateOfBirth);
        LocalDate today = LocalDate.now(clock);
        if (dateOfBirth != null && (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(today.minusYears(130)))) {
            errors.add("dateOfBirth", "must be a real date of birth in the past");
        }
    }

    public Optional<Client> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from client where id = :id").param("id", id)
                .query(Client.class).optional();
    }

    public Optional<Client> findByUser(UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from client where user_id = :user").param("user", userId)
                .query(Client.class).optional();
    }

    /** Staff search by name, email or phone (case-insensitive, substring), dates typed in English order. */
    public Paged<Client> search(String query, PageParams page) {
        return search(query, Locale.ENGLISH, page);
    }

    /**
     * Staff search: a date of birth (ISO, or in the reader's order: see {@link SearchTerms}), else name, email or
     * phone (case-insensitive, substring; a phone number also by its digits, however it was typed).
     */
    public Paged<Client> search(String query, Locale locale, PageParams page) {
        SearchTerms terms = SearchTerms.of(query, locale);
        String where = terms.dateOfBirth() != null ? " where purged_at is null and date_of_birth = :dob" : " " + """
                where purged_at is null and (lower(full_name) like :q or lower(email) like :q or coalesce(phone, '') like :q
                   or (:digits <> ''
                       and regexp_replace(coalesce(phone, ''), '\\D', '', 'g') like '%' || :digits || '%'))""";
        long total = bind(jdbc.sql("select count(*) from client" + where), terms).query(Long.class).single();
        List<Client> items = bind(jdbc.sql("select " + COLUMNS + " from client" + where
                        + " order by full_name, id limit :limit offset :offset"), terms)
                .param("limit", page.size()).param("offset", page.offset())
                .query(Client.class).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, SearchTerms terms) {
        return terms.dateOfBirth() != null ? spec.param("dob", terms.dateOfBirth())
                : spec.param("q", terms.pattern()).param("digits", terms.digits());
    }

    /** Dates of birth of these clients in one query (for de-identified practice figures: age bands). */
    public Map<UUID, LocalDate> datesOfBirth(Collection<UUID> ids) {
        Map<UUID, LocalDate> dates = new HashMap<>();
        if (ids.isEmpty()) {
            return dates;
        }
        jdbc.sql("select id, date_of_birth from client where id = any(cast(:ids as uuid[]))")
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    dates.put(rs.getObject("id", UUID.class), rs.getObject("date_of_birth", LocalDate.class));
                });
        return dates;
    }

    /** Keeps the profile in step with an intake's answer (INTAKE.md: it updates the client's profile). */
    @Transactional
    public void updateDateOfBirth(UUID clientId, LocalDate dateOfBirth) {
        jdbc.sql("update client set date_of_birth = :dob, updated_at = now() where id = :id")
                .param("dob", dateOfBirth).param("id", clientId).update();
    }

    /** A profile edit: absent (null) fields stay as they were. */
    public record ProfileChange(String fullName, String phone, String email, LocalDate dateOfBirth,
            String preferredLanguage) {
    }

    public record NewClient(String email, String password, String fullName, LocalDate dateOfBirth, String phone) {
    }

    /** Published when a client account is created; {@code needsPassword} when staff created it without one. */
    public record ClientRegistered(UUID clientId, UUID userId, boolean byStaff, boolean needsPassword) {
    }
}
