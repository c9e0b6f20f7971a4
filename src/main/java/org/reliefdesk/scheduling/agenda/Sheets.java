package org.reliefdesk.scheduling.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.agenda.BookReader.Staffing;
import org.reliefdesk.scheduling.agenda.Sheet.Block;
import org.reliefdesk.scheduling.agenda.Sheet.Free;
import org.reliefdesk.scheduling.agenda.Sheet.Lane;
import org.reliefdesk.scheduling.agenda.Sheet.Mark;
import org.reliefdesk.scheduling.agenda.Sheet.NowLine;

/** Lays columns out on the grid: the axis from the earliest opening to the latest closing, blocks and free cells. */
final class Sheets {

    static final int STEP = 15;

    private Sheets() {
    }

    /**
     * A lane before layout: its day, its bookings, the therapist a free cell books (null: none offered) and the
     * minutes of the day it can be booked ({@code [start, end)} pairs).
     */
    record Column(String title, String link, LocalDate day, UUID therapistId, List<Booking> bookings,
            List<int[]> open) {
    }

    /**
     * The words a sheet shows, resolved once per page: the service's label, a status, a booking's flags, a free
     * cell's "Book Tara Therapist at " for a lane, and the link to a booking's own page.
     */
    interface Labels {
        String service(String code);

        String status(BookingStatus status);

        List<String> flags(Booking booking);

        String free(String laneTitle);

        String href(Booking booking);

        /** A time of the day ({@code minute} after midnight) as the reader writes it; the 24-hour clock by default. */
        default String time(int minute) {
            return Sheets.time(minute);
        }
    }

    static Sheet layout(List<Column> columns, ZoneId zone, Instant now, Labels labels,
            Function<Column, String> bookHref) {
        int[] axis = axis(columns, zone);
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String place = "grid-column:" + (i + 2);
            lanes.add(new Lane(column.title(), column.link(), place, blocks(column, zone, axis, labels, now, place),
                    free(column, zone, axis, now, bookHref, place, labels)));
        }
        List<Mark> marks = new ArrayList<>();
        for (int m = axis[0]; m < axis[1]; m += 60) {
            marks.add(new Mark(row(axis, m), labels.time(m)));
        }
        return new Sheet(marks, (axis[1] - axis[0]) / STEP, lanes, nowLine(columns, zone, now, axis));
    }

    /** From the earliest opening (or booking) to the latest closing, on whole hours; 09:00–17:00 when empty. */
    static int[] axis(List<Column> columns, ZoneId zone) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Column column : columns) {
            for (int[] open : column.open()) {
                first = Math.min(first, open[0]);
                last = Math.max(last, open[1]);
            }
            for (Booking b : column.bookings()) {
                first = Math.min(first, minute(b.start(), column.day(), zone));
                last = Math.max(last, minute(b.end(), column.day(), zone));
            }
        }
        if (first >= last) {
            return new int[] {9 * 60, 17 * 60};
        }
        return new int[] {first / 60 * 60, Math.min(24 * 60, (last + 59) / 60 * 60)};
    }

    private static List<Block> blocks(Column column, ZoneId zone, int[] axis, Labels labels, Instant now,
            String place) {
        List<Block> blocks = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Booking b : column.bookings()) {
            int from = minute(b.start(), column.day(), zone);
            int to = Math.max(from + STEP, minute(b.end(), column.day(), zone));
            boolean shifted = taken.stream().anyMatch(t -> t[0] < to && from < t[1]);
            taken.add(new int[] {from, to});
            int row = row(axis, from);
            int span = Math.max(1, (to - axis[0] + STEP - 1) / STEP + 2 - row);
            blocks.add(new Block(b, labels.service(b.serviceCode()), labels.time(from) + "–" + labels.time(to), row,
                    span, labels.status(b.status()), labels.flags(b), shifted, Actions.of(b, now),
                    place + ";grid-row:" + row + "/span " + span, labels.href(b)));
        }
        return blocks;
    }

    /** The quarter hours in the column's open time that no booking holds and that have not begun. */
    private static List<Free> free(Column column, ZoneId zone, int[] axis, Instant now,
            Function<Column, String> bookHref, String place, Labels labels) {
        List<Free> free = new ArrayList<>();
        if (column.therapistId() == null) {
            return free;
        }
        String label = labels.free(column.title());
        String href = bookHref.apply(column);
        for (int[] open : column.open()) {
            for (int m = Math.max(open[0], axis[0]); m + STEP <= open[1] && m < axis[1]; m += STEP) {
                LocalDateTime start = column.day().atStartOfDay().plusMinutes(m);
                if (start.atZone(zone).toInstant().isAfter(now) && !held(column, zone, m)) {
                    int row = row(axis, m);
                    free.add(new Free(row, labels.time(m), href + "&start=" + start, place + ";grid-row:" + row,
                            label));
                }
            }
        }
        free.sort(java.util.Comparator.comparingInt(Free::row));
        return free;
    }

    private static boolean held(Column column, ZoneId zone, int minute) {
        for (Booking b : column.bookings()) {
            if (b.status() != BookingStatus.CANCELLED && minute(b.start(), column.day(), zone) < minute + STEP
                    && minute < minute(b.end(), column.day(), zone)) {
                return true;
            }
        }
        return false;
    }

    /** The line at the current time, across the columns showing today. */
    private static NowLine nowLine(List<Column> columns, ZoneId zone, Instant now, int[] axis) {
        ZonedDateTime local = now.atZone(zone);
        int m = local.getHour() * 60 + local.getMinute();
        int from = -1;
        int to = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).day().equals(local.toLocalDate())) {
                from = from < 0 ? i : from;
                to = i;
            }
        }
        if (from < 0 || m < axis[0] || m >= axis[1]) {
            return null;
        }
        return new NowLine(row(axis, m), (m - axis[0]) % STEP * 100 / STEP, from + 2, to + 3);
    }

    /** The working minutes of a therapist on a day: their weekly hours less time off. */
    static List<int[]> open(Staffing staffing, LocalDate day, ZoneId zone) {
        List<int[]> open = new ArrayList<>();
        for (BookReader.Hours hours : staffing.hours()) {
            if (hours.day() == day.getDayOfWeek()) {
                open.add(new int[] {hours.start(), hours.end()});
            }
        }
        for (Instant[] off : staffing.timeOff()) {
            open = less(open, minute(off[0], day, zone), minute(off[1], day, zone));
        }
        return open;
    }

    private static List<int[]> less(List<int[]> open, int from, int to) {
        List<int[]> rest = new ArrayList<>();
        for (int[] span : open) {
            if (to <= span[0] || from >= span[1]) {
                rest.add(span);
                continue;
            }
            if (from > span[0]) {
                rest.add(new int[] {span[0], from});
            }
            if (to < span[1]) {
                rest.add(new int[] {to, span[1]});
            }
        }
        return rest;
    }

    /** Minutes after the day's local midnight, clamped to the day. */
    static int minute(Instant instant, LocalDate day, ZoneId zone) {
        Instant midnight = day.atStartOfDay(zone).toInstant();
        long minutes = java.time.Duration.between(midnight, instant).toMinutes();
        return (int) Math.max(0, Math.min(24 * 60, minutes));
    }

    static int row(int[] axis, int minute) {
        return 2 + (Math.max(axis[0], Math.min(minute, axis[1] - 1)) - axis[0]) / STEP;
    }

    static String time(int minute) {
        int h = minute / 60 % 24;
        int m = minute % 60;
        return (h < 10 ? "0" : "") + h + (m < 10 ? ":0" : ":") + m;
    }
}
