package org.reliefdesk.planning.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Ask for changes": comments on a plan by the client (what they would like changed) and by
 * therapists (answers), tied to the version the author was reading.
 */
@Component
class PlanComments {

    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final SessionPlans plans;
    private final ClientAccess access;

    PlanComments(JdbcClient jdbc, SessionPlans plans, ClientAccess access) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.access = access;
    }

    @Transactional
    PlanComment add(UUID planId, String text, ReliefDeskUser user) {
        SessionPlan plan = plans.read(planId, user);
        FieldErrors errors = new FieldErrors();
        errors.required("text", text).maxLength("text", text, MAX_TEXT);
        errors.throwIfAny();
        if (plan.status() == PlanStatus.SUPERSEDED) {
            throw new ConflictException("This plan has been superseded by a newer plan; comment on that one");
        }
        UUID id = jdbc.sql("""
                insert into plan_comment (plan_id, version, author_id, author_name, author_role, text)
                values (:plan, :version, :author, :name, :role, :text) returning id""")
                .param("plan", planId).param("version", plan.version()).param("author", user.id())
                .param("name", user.fullName()).param("role", user.role().name()).param("text", text.strip())
                .query(UUID.class).single();
        access.recordChange(user, plan.clientId(), "PLAN_COMMENTED", "PLAN", planId, "plan " + planId + " version " + plan.version());
        return find(id);
    }

    Paged<PlanComment> list(UUID planId, PageParams page, ReliefDeskUser user) {
        plans.read(planId, user);
        long total = jdbc.sql("select count(*) from plan_comment where plan_id = :plan").param("plan", planId)
                .query(Long.class).single();
        List<PlanComment> items = jdbc.sql(SELECT + " where plan_id = :plan order by created_at, id"
                        + " limit :limit offset :offset")
                .param("plan", planId).param("limit", page.size()).param("offset", page.offset())
                .query(PlanComment.class).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    private static final String SELECT = "select id, plan_id, version, author_name, author_role, text, created_at"
            + " from plan_comment";

    private PlanComment find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(PlanComment.class).single();
    }

    /** One comment: who wrote it (name and role), on which version, when. */
    record PlanComment(UUID id, UUID planId, int version, String authorName, String authorRole, String text,
            Instant createdAt) {
    }
}
