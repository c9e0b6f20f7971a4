package org.reliefdesk.outcomes.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.diary.DiaryInput;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.shared.FieldErrors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Three months of headache diary for the demo clients, so that their outcomes tell different
 * stories: some improving, some not, one with too little data, one with no course yet and
 * medicine on many days. Idempotent: a client who already has a diary is left alone.
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class OutcomesDemoData implements DemoSeeder {

    /** One client's story: headache days per 28 before and after the course start, and their habits. */
    record Story(String name, int before, int after, int peakBefore, int peakAfter, List<String> medicine,
            double medicineShare, double loggedAfter, Map<String, Integer> midasCheckIn) {
    }

    static final List<Story> STORIES = List.of(
            new Story("client", 10, 4, 7, 5, List.of("TRIPTAN"), 0.8, 0.95,
                    Map.of("q1", 1, "q2", 2, "q3", 1, "q4", 1, "q5", 0, "a", 12, "b", 6)),
            new Story("morgan", 8, 6, 4, 4, List.of("SIMPLE_ANALGESIC"), 0.5, 0.9, null),
            new Story("jordan", 3, 3, 6, 6, List.of("NSAID"), 0.7, 0.9, null),
            new Story("sam", 18, 16, 5, 5, List.of("SIMPLE_ANALGESIC", "NSAID"), 0.6, 0.85, null),
            new Story("riley", 9, 5, 6, 5, List.of("NSAID"), 0.6, 0.3, null),
            new Story("pat", 20, 20, 7, 7, List.of("TRIPTAN", "COMBINATION"), 0.7, 0.95, null));

    static final int DAYS = 91;
    private final Accounts accounts;
    private final Clients clients;
    private final Diary diary;
    private final CourseStarts courses;
    private final MidasCheckIns checkIns;

    OutcomesDemoData(Accounts accounts, Clients clients, Diary diary, CourseStarts courses, MidasCheckIns checkIns) {
        this.accounts = accounts;
        this.clients = clients;
        this.diary = diary;
        this.courses = courses;
        this.checkIns = checkIns;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void seed() {
        LocalDate today = diary.today();
        for (Story story : STORIES) {
            Client client = accounts.findByEmail(story.name() + "@demo.reliefdesk.local")
                    .flatMap(a -> clients.findByUser(a.id())).orElse(null);
            if (client == null || !diary.between(client.id(), today.minusDays(DAYS), today).isEmpty()) {
                continue;
            }
            LocalDate start = courses.firstAttendedSession(client.id());
            keep(client, story, start == null ? today.minusDays(42) : start, today);
            if (story.midasCheckIn() != null) {
                checkIns.record(client.id(), story.midasCheckIn(), client.userId());
            }
        }
    }

    private void keep(Client client, Story story, LocalDate courseStart, LocalDate today) {
        for (DiaryEntry entry : diaryOf(story, courseStart, today)) {
            diary.record(client.id(), entry.date(), new DiaryInput(entry.headache(), entry.peakIntensity(),
                    entry.durationHours(), entry.acuteMedication(), entry.triggers(), null), client.userId(),
                    new FieldErrors());
        }
    }

    /** The story's diary for the {@value #DAYS} days up to today (the same every time: a fixed seed). */
    static List<DiaryEntry> diaryOf(Story story, LocalDate courseStart, LocalDate today) {
        Random random = new Random(story.name().hashCode());
        List<DiaryEntry> entries = new ArrayList<>();
        for (LocalDate day = today.minusDays(DAYS - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            boolean during = !day.isBefore(courseStart);
            if (random.nextDouble() > (during ? story.loggedAfter() : 0.93)) {
                continue;
            }
            boolean headache = random.nextInt(28) < (during ? story.after() : story.before());
            int peak = Math.max(1, Math.min(10, (during ? story.peakAfter() : story.peakBefore()) + random.nextInt(3) - 1));
            List<String> medicine = headache && random.nextDouble() < story.medicineShare() ? story.medicine() : List.of();
            entries.add(new DiaryEntry(day, headache, headache ? peak : null,
                    headache ? BigDecimal.valueOf(2 + random.nextInt(10)) : null, medicine,
                    headache && random.nextBoolean() ? List.of("STRESS") : List.of(), null));
        }
        return entries;
    }
}
