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
        return jdbc.sql("select code, name, minutes, required_skills, active, price from service order by minutes, code")
                .query((rs, n) -> map(rs)).list();
    }

    public Optional<Service> find(String code) {
        return jdbc.sql("select code, name, minutes, required_skills, active, price from service where code = :code")
                .param("code", code).query((rs, n) -> map(rs)).optional();
    }

    @Transactional
    public Service save(Service service, boolean create) {
        return save(service, create, new FieldErrors());
    }

    /** Saves the service, or a 422 with {@code earlier} (e.g. a malformed price) and every other wrong field. */
    @Transactional
    public Service save(Service service, boolean create, FieldErrors earlier) {
        check(service, earlier);
        boolean exists = find(service.code()).isPresent();
        if (create && exists) {
            throw new ConflictException("A service with this code already exists");
        }
        jdbc.sql("""
                insert into service (code, name, minutes, required_skills, active, price)
                values (:code, :name, :minutes, :skills, :active, :price)
                on conflict (code) do update set name = excluded.name, minutes = excluded.minutes,
                    required_skills = excluded.required_skills, active = excluded.active, price = excluded.price""")
                .param("code", service.code()).param("name", service.name().strip())
                .param("minutes", service.minutes())
                .param("skills", service.requiredSkills().toArray(String[]::new))
                .param("active", service.active()).param("price", service.price())
                .update();
        return find(service.code()).orElseThrow();
    }

    /** 422 naming every field that is wrong. */
    private static void check(Service service, FieldErrors errors) {
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
        if (service.price().signum() < 0 || service.price().precision() - service.price().scale() > 9) {
            errors.add("price", "must be an amount from 0.00 to 999999999.99");
        }
        errors.throwIfAny();
    }

    private static Service map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String[] skills = (String[]) rs.getArray("required_skills").getArray();
        return new Service(rs.getString("code"), rs.getString("name"), rs.getInt("minutes"), List.of(skills),
                rs.getBoolean("active"), rs.getBigDecimal("price"));
    }
}
