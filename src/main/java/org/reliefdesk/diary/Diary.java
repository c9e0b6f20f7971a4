package org.reliefdesk.diary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's headache diary: one entry per date, logged or back-filled up to a year, never for
 * the future ("today" in the practice's time zone). Callers check access first.
 */
@Component
public class Diary {

    private static final String COLUMNS =
            "entry_date, headache, peak_intensity, duration_hours, acute_medication, triggers, note";
    private final JdbcClient jdbc;
    private final Clock clock;

    Diary(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Creates or replaces the entry for {@code date}. {@code errors} may already hold errors
     * found while reading the request (wrong types); all are thrown together as a 422.
     */
    @Transactional
    public Saved record(UUID clientId, LocalDate date, DiaryInput input, UUID recordedBy, FieldErrors errors) {
        check(date, input, errors);
        DiaryEntry entry = normalise(date, input);
        boolean created = jdbc.sql("""
                insert into diary_entry (client_id, entry_date, headache, peak_intensity, duration_hours,
                                         acute_medication, triggers, note, recorded_by)
                values (:client, :date, :headache, :peak, :hours, :meds, :triggers, :note, :by)
                on conflict (client_id, entry_date) do update set headache = excluded.headache,
                    peak_intensity = excluded.peak_intensity, duration_hours = excluded.duration_hours,
                    acute_medication = excluded.acute_medication, triggers = excluded.triggers,
                    note = excluded.note, recorded_by = excluded.recorded_by, updated_at = now()
                returning (xmax = 0)""")
                .param("client", clientId).param("date", date).param("headache", entry.headache())
                .param("peak", entry.peakIntensity()).param("hours", entry.durationHours())
                .param("meds", entry.acuteMedication().toArray(String[]::new))
                .param("triggers", entry.triggers().toArray(String[]::new))
                .param("note", entry.note()).param("by", recordedBy)
                .query(Boolean.class).single();
        return new Saved(entry, created);
    }

    /** The rules {@link #record} applies, without saving: a 422 with every broken field (and those in {@code errors}). */
    public void check(LocalDate date, DiaryInput input, FieldErrors errors) {
        if (date != null) {
            DiaryRules.checkDate("date", date, today(), errors);
        }
        DiaryRules.check(input, errors);
        errors.throwIfAny("The diary entry breaks " + errors.list().size() + " rule(s)");
    }

    private static DiaryEntry normalise(LocalDate date, DiaryInput input) {
        boolean headache = input.headache();
        List<String> meds = input.acuteMedication() == null ? List.of()
                : input.acuteMedication().stream().distinct().toList();
        List<String> triggers = input.triggers() == null ? List.of() : input.triggers().stream().distinct().toList();
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        BigDecimal hours = headache ? plain(input.durationHours().setScale(2, RoundingMode.HALF_UP)) : null;
        return new DiaryEntry(date, headache, headache ? input.peakIntensity() : null, hours, meds, triggers, note);
    }

    public Optional<DiaryEntry> on(UUID clientId, LocalDate date) {
        return jdbc.sql("select " + COLUMNS + " from diary_entry where client_id = :client and entry_date = :date")
                .param("client", clientId).param("date", date).query(Diary::entry).optional();
    }

    /** Entries from {@code from} to {@code to}, both included, oldest first. */
    public List<DiaryEntry> between(UUID clientId, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " from diary_entry where client_id = :client"
                        + " and entry_date between :from and :to order by entry_date")
                .param("client", clientId).param("from", from).param("to", to).query(Diary::entry).list();
    }

    /** One page of entries, oldest first; a null bound is open. */
    public Paged<DiaryEntry> page(UUID clientId, LocalDate from, LocalDate to, PageParams page) {
        String where = " where client_id = :client and entry_date >= :from and entry_date <= :to";
        LocalDate lower = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate upper = to == null ? LocalDate.of(9999, 12, 31) : to;
        long total = jdbc.sql("select count(*) from diary_entry" + where).param("client", clientId)
                .param("from", lower).param("to", upper).query(Long.class).single();
        List<DiaryEntry> items = jdbc.sql("select " + COLUMNS + " from diary_entry" + where
                        + " order by entry_date limit :limit offset :offset")
                .param("client", clientId).param("from", lower).param("to", upper)
                .param("limit", page.size()).param("offset", page.offset()).query(Diary::entry).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /**
     * Counts for many (client, from, to) spans in one query, in the order given: logged days,
     * headache days, the sum of their peaks, days with acute medication. For practice figures.
     */
    public List<Counts> counts(List<Span> spans) {
        if (spans.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select s.ord, c.logged, c.headache, c.peak_sum, c.medication
                from unnest(cast(:clients as uuid[]), cast(:froms as date[]), cast(:tos as date[]))
                     with ordinality as s(client_id, from_date, to_date, ord)
                cross join lateral (
                    select count(*) as logged, count(*) filter (where d.headache) as headache,
                           coalesce(sum(d.peak_intensity) filter (where d.headache), 0) as peak_sum,
                           count(*) filter (where d.took_medication) as medication
                    from diary_entry d
                    where d.client_id = s.client_id and d.entry_date between s.from_date and s.to_date) c
                order by s.ord""")
                .param("clients", spans.stream().map(s -> s.clientId().toString()).toArray(String[]::new))
                .param("froms", spans.stream().map(s -> s.from().toString()).toArray(String[]::new))
                .param("tos", spans.stream().map(s -> s.to().toString()).toArray(String[]::new))
                .query((rs, row) -> new Counts(rs.getInt("logged"), rs.getInt("headache"), rs.getInt("peak_sum"),
                        rs.getInt("medication")))
                .list();
    }

    static DiaryEntry entry(ResultSet rs, int row) throws SQLException {
        BigDecimal hours = rs.getBigDecimal("duration_hours");
        return new DiaryEntry(rs.getObject("entry_date", LocalDate.class), rs.getBoolean("headache"),
                (Integer) rs.getObject("peak_intensity", Integer.class),
                hours == null ? null : plain(hours),
                strings(rs.getArray("acute_medication")), strings(rs.getArray("triggers")), rs.getString("note"));
    }

    /** 4.50 reads as 4.5 and 10.00 as 10 (never 1E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** A client's days from {@code from} to {@code to}, both included. */
    public record Span(UUID clientId, LocalDate from, LocalDate to) {
    }

    /** A span's logged days, headache days, sum of their peak intensities and acute-medication days. */
    public record Counts(int logged, int headache, int peakSum, int medicationDays) {
    }

    /** The stored entry, and whether it was new (201) rather than a replacement (200). */
    public record Saved(DiaryEntry entry, boolean created) {
    }
}
