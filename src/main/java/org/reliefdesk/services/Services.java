package org.reliefdesk.services;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The service catalogue (data in the {@code service} table, edited by admins). */
@Component
public class Services {

    private final JdbcClient jdbc;

    Services(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Service> all() {
        return jdbc.sql("select code, name, minutes, required_skills, active from service order by minutes, code")
                .query((rs, n) -> map(rs)).list();
    }

    public Optional<Service> find(String code) {
        return jdbc.sql("select code, name, minutes, required_skills, active from service where code = :code")
                .param("code", code).query((rs, n) -> map(rs)).optional();
    }

    @Transactional
    public Service save(Service service, boolean create) {
        check(service);
        boolean exists = find(service.code()).isPresent();
        if (create && exists) {
            throw new ConflictException("A service with this code already exists");
        }
        jdbc.sql("""
                insert into service (code, name, minutes, required_skills, active)
                values (:code, :name, :minutes, :skills, :active)
                on conflict (code) do update set name = excluded.name, minutes = excluded.minutes,
                    required_skills = excluded.required_skills, active = excluded.active""")
                .param("code", service.code()).param("name", service.name().strip())
                .param("minutes", service.minutes())
                .param("skills", service.requiredSkills().toArray(String[]::new))
                .param("active", service.active())
                .update();
        return find(service.code()).orElseThrow();
    }

    /** 422 naming every field that is wrong. */
    private static void check(Service service) {
        FieldErrors errors = new FieldErrors();
        errors.required("code", service.code());
        if (service.code() != null && !service.code().matches("[A-Z][A-Z0-9_]{1,49}")) {
            errors.add("code", "must be UPPER_SNAKE_CASE letters and digits");
        }
        errors.name("name", service.name(), 100);
        if (service.minutes() < 15 || service.minutes() > 240 || service.minutes() % 15 != 0) {
            errors.add("minutes", "must be a multiple of 15 between 15 and 240");
        }
        for (String skill : service.requiredSkills()) {
            if (Arrays.stream(Skill.values()).noneMatch(s -> s.name().equals(skill))) {
                errors.add("requiredSkills", "unknown skill " + skill);
            }
        }
        errors.throwIfAny();
    }

    private static Service map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String[] skills = (String[]) rs.getArray("required_skills").getArray();
        return new Service(rs.getString("code"), rs.getString("name"), rs.getInt("minutes"), List.of(skills),
                rs.getBoolean("active"));
    }
}
