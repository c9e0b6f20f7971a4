package org.reliefdesk.outcomes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.outcomes.MidasCheckIn;
import org.reliefdesk.outcomes.MidasCheckInHistory;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores and reads MIDAS check-ins (answers already checked by {@link MidasAnswers}). */
@Component
class MidasCheckIns implements MidasCheckInHistory {

    private static final String COLUMNS = "id, client_id, q1, q2, q3, q4, q5, a, b, score, recorded_at";
    private final JdbcClient jdbc;

    MidasCheckIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MidasCheckIn record(UUID clientId, Map<String, Integer> answers, UUID recordedBy) {
        int score = MidasAnswers.SCORED.stream().mapToInt(answers::get).sum();
        return jdbc.sql("insert into outcome_midas_checkin (client_id, q1, q2, q3, q4, q5, a, b, score, recorded_by)"
                        + " values (:client, :q1, :q2, :q3, :q4, :q5, :a, :b, :score, :by) returning " + COLUMNS)
                .param("client", clientId).params(Map.<String, Object>copyOf(answers)).param("score", score)
                .param("by", recordedBy).query(MidasCheckIns::checkIn).single();
    }

    Optional<MidasCheckIn> find(UUID clientId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from outcome_midas_checkin where client_id = :client and id = :id")
                .param("client", clientId).param("id", id).query(MidasCheckIns::checkIn).optional();
    }

    @Override
    public Optional<MidasCheckIn> find(UUID checkInId) {
        return jdbc.sql("select " + COLUMNS + " from outcome_midas_checkin where id = :id")
                .param("id", checkInId).query(MidasCheckIns::checkIn).optional();
    }

    /** Oldest first. */
    @Override
    public List<MidasCheckIn> all(UUID clientId) {
        return jdbc.sql("select " + COLUMNS + " from outcome_midas_checkin where client_id = :client"
                + " order by recorded_at").param("client", clientId).query(MidasCheckIns::checkIn).list();
    }

    /** Newest first. */
    Paged<MidasCheckIn> page(UUID clientId, PageParams page) {
        long total = jdbc.sql("select count(*) from outcome_midas_checkin where client_id = :client")
                .param("client", clientId).query(Long.class).single();
        List<MidasCheckIn> items = jdbc.sql("select " + COLUMNS + " from outcome_midas_checkin"
                        + " where client_id = :client order by recorded_at desc limit :limit offset :offset")
                .param("client", clientId).param("limit", page.size()).param("offset", page.offset())
                .query(MidasCheckIns::checkIn).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    private static MidasCheckIn checkIn(ResultSet rs, int row) throws SQLException {
        int score = rs.getInt("score");
        return new MidasCheckIn(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getInt("q1"), rs.getInt("q2"), rs.getInt("q3"), rs.getInt("q4"), rs.getInt("q5"), rs.getInt("a"),
                rs.getInt("b"), score, MidasCheckIn.grade(score), rs.getTimestamp("recorded_at").toInstant());
    }
}
