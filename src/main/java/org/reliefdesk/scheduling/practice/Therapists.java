package org.reliefdesk.scheduling.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.practice.Therapist.Licence;
import org.reliefdesk.services.Skill;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Therapist profiles (licence, skills, home location) on top of THERAPIST accounts. */
@Component
public class Therapists {

    private static final String SELECT = """
            select t.id, u.email, u.full_name, t.licence_number, t.licence_region, t.licence_expires_on, t.skills,
                t.location_id from therapist t join app_user u on u.id = t.id""";
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Locations locations;

    Therapists(JdbcClient jdbc, Accounts accounts, Locations locations) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.locations = locations;
    }

    /** What {@code POST /therapists} and {@code PUT /therapists/{id}} take (password and email only on POST). */
    record Profile(String email, String password, String fullName, Licence licence, List<String> skills,
            String locationId) {
    }

    /** Creates the THERAPIST account and its profile in one transaction. */
    @Transactional
    Therapist create(Profile profile) {
        FieldErrors errors = new FieldErrors();
        Accounts.check(errors, profile.email(), profile.password(), profile.fullName(), false);
        UUID location = checkProfile(errors, profile);
        errors.throwIfAny();
        var account = accounts.create(profile.email(), profile.password(), profile.fullName(), Role.THERAPIST);
        return save(account.id(), profile.licence(), profile.skills(), location);
    }

    /** Sets the licence, skills and location of an existing THERAPIST or ADMIN account (404 for any other id). */
    @Transactional
    Therapist update(UUID id, Profile profile) {
        var account = accounts.find(id).filter(a -> a.role() == Role.THERAPIST || a.role() == Role.ADMIN)
                .orElseThrow(() -> new NotFoundException("Therapist"));
        FieldErrors errors = new FieldErrors();
        if (profile.fullName() != null) {
            errors.name("fullName", profile.fullName(), 200);
        }
        UUID location = checkProfile(errors, profile);
        errors.throwIfAny();
        if (profile.fullName() != null && !profile.fullName().isBlank()) {
            accounts.rename(id, profile.fullName().strip(), account.email());
        }
        return save(id, profile.licence(), profile.skills(), location);
    }

    private UUID checkProfile(FieldErrors errors, Profile profile) {
        check(errors, profile.licence(), profile.skills());
        UUID location = Ids.parse(profile.locationId());
        if (profile.locationId() == null) {
            errors.add("locationId", "is required");
        } else if (location == null || locations.find(location).isEmpty()) {
            errors.add("locationId", "is not a known location");
        }
        return location;
    }

    public Optional<Therapist> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    public Therapist get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Therapist"));
    }

    /** Therapists, optionally of one location and/or with a licence expiring on or before {@code expiringBy}. */
    public Paged<Therapist> list(UUID locationId, LocalDate expiringBy, PageParams page) {
        String where = " " + """
                where (cast(:location as uuid) is null or t.location_id = :location)
                   and (cast(:by as date) is null or t.licence_expires_on <= :by)""";
        long total = jdbc.sql("select count(*) from therapist t" + where).param("location", locationId)
                .param("by", expiringBy).query(Long.class).single();
        List<Therapist> items = jdbc.sql(SELECT + where + " order by "
                        + (expiringBy == null ? "u.full_name" : "t.licence_expires_on, u.full_name")
                        + ", t.id limit :limit offset :offset")
                .param("location", locationId).param("by", expiringBy)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> map(rs)).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /** Creates or replaces the profile of an existing THERAPIST (or ADMIN) account; the caller checked it. */
    Therapist save(UUID id, Licence licence, List<String> skills, UUID locationId) {
        jdbc.sql("""
                insert into therapist (id, location_id, licence_number, licence_region, licence_expires_on, skills)
                values (:id, :location, :number, :region, :expires, :skills)
                on conflict (id) do update set location_id = excluded.location_id,
                    licence_number = excluded.licence_number, licence_region = excluded.licence_region,
                    licence_expires_on = excluded.licence_expires_on, skills = excluded.skills, updated_at = now()""")
                .param("id", id).param("location", locationId)
                .param("number", licence.number().strip()).param("region", licence.region().strip())
                .param("expires", licence.expiresOn())
                .param("skills", skills.stream().distinct().toArray(String[]::new))
                .update();
        return get(id);
    }

    /** Adds the errors of a licence and skills (field names as in the API body). */
    static void check(FieldErrors errors, Licence licence, List<String> skills) {
        if (licence == null) {
            errors.add("licence", "is required");
        } else {
            errors.name("licence.number", licence.number(), 50);
            errors.name("licence.region", licence.region(), 100);
            errors.required("licence.expiresOn", licence.expiresOn());
        }
        if (skills == null) {
            errors.add("skills", "is required");
            return;
        }
        for (String skill : skills) {
            if (Arrays.stream(Skill.values()).noneMatch(s -> s.name().equals(skill))) {
                errors.add("skills", "unknown skill " + skill
                        + " (use MEDICAL_MASSAGE, TRIGGER_POINT, REFLEXOLOGY or HOT_STONE)");
            }
        }
    }

    private static Therapist map(ResultSet rs) throws SQLException {
        Licence licence = rs.getString("licence_number") == null ? null : new Licence(rs.getString("licence_number"),
                rs.getString("licence_region"), rs.getObject("licence_expires_on", LocalDate.class));
        return new Therapist(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("full_name"), licence,
                List.of((String[]) rs.getArray("skills").getArray()), rs.getObject("location_id", UUID.class));
    }
}
