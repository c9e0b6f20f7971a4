package org.reliefdesk.interop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.DiaryInput;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.Tokens;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client with a course old enough for a full progress report: a fully logged baseline of 28 days before the first
 * session (11 headache days, each with a triptan), six weekly sessions with signed notes (one with an adverse
 * reaction), a fully logged current window (3 headache days), the intake's MIDAS (11) and a check-in (9).
 */
final class ReportCourse {

    static final String REACTION = "Mild soreness in the neck for a day";
    static final Map<String, Object> MIDAS = Map.of("q1", 2, "q2", 3, "q3", 1, "q4", 2, "q5", 1, "a", 20, "b", 6);

    final String clientId;
    final String clientEmail;
    final String therapistEmail;
    final Api client;
    final Api therapist;
    final LocalDate start;
    int diaryDays;

    ReportCourse(int port, JdbcClient jdbc, Diary diary, String name) {
        clientEmail = TestData.uniqueEmail("report");
        clientId = TestData.registerClient(Api.anonymous(port), clientEmail);
        jdbc.sql("update client set full_name = :name where id = :id").param("name", name)
                .param("id", UUID.fromString(clientId)).update();
        client = Tokens.bearer(port, clientEmail);
        therapistEmail = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        therapist = Api.anonymous(port).as(therapistEmail, TestData.PASSWORD);
        start = diary.today().minusDays(40);
        UUID userId = jdbc.sql("select user_id from client where id = :id").param("id", UUID.fromString(clientId))
                .query(UUID.class).single();
        LocalDate today = diary.today();
        for (LocalDate day = start.minusDays(28); !day.isAfter(today); day = day.plusDays(1)) {
            boolean baseline = day.isBefore(start);
            long n = java.time.temporal.ChronoUnit.DAYS.between(start.minusDays(28), day);
            long c = java.time.temporal.ChronoUnit.DAYS.between(today.minusDays(27), day);
            boolean headache = baseline ? n % 28 < 11 : c >= 0 && c % 10 == 0;
            DiaryInput input = headache
                    ? new DiaryInput(true, 6, BigDecimal.valueOf(5), baseline ? List.of("TRIPTAN") : List.of(),
                            List.of("STRESS"), null)
                    : new DiaryInput(false, null, null, List.of(), List.of(), null);
            FieldErrors errors = new FieldErrors();
            diary.record(UUID.fromString(clientId), day, input, userId, errors);
            errors.throwIfAny();
            diaryDays++;
        }
        assertThat(IntakeFixtures.submit(client, clientId, IntakeFixtures.episodicMigraine()).status()).isEqualTo(201);
        assertThat(client.post("/api/v1/clients/" + clientId + "/midas", MIDAS).status()).isEqualTo(201);
        for (int week = 0; week < 6; week++) {
            UUID booking = PastSessions.with(jdbc, clientId, start.plusWeeks(week), "COMPLETED", therapistEmail);
            Map<String, Object> note = new HashMap<>();
            note.put("subjective", "Diary kept.");
            note.put("objective", "Trigger points in the upper trapezius.");
            note.put("assessment", "Responding.");
            note.put("plan", "Weekly.");
            note.put("painBefore", 5);
            note.put("painAfter", 2);
            note.put("techniquesUsed", List.of(Map.of("technique", "TRIGGER_POINT", "area", "SHOULDERS", "minutes", 20),
                    Map.of("technique", "KNEADING", "area", "UPPER_BACK", "minutes", 30),
                    Map.of("technique", "CONSULTATION", "minutes", 10)));
            if (week == 1) {
                note.put("adverseReaction", REACTION);
            }
            String path = "/api/v1/bookings/" + booking + "/note";
            assertThat(therapist.post(path, note).status()).isEqualTo(201);
            assertThat(therapist.post(path + "/sign", null).status()).isEqualTo(200);
        }
    }
}
