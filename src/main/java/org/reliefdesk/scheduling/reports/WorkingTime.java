package org.reliefdesk.scheduling.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Time worked as half-open spans {@code [start, end)} of epoch seconds: weekly hours laid over a range of local
 * days (each day's hours read in the location's zone, so a shift over a daylight-saving change is as long as the
 * clock says), less time off, and the union of several therapists' spans. Pure; no database.
 */
final class WorkingTime {

    private WorkingTime() {
    }

    /** Weekly hours in the location's local time; {@code endMinute} 1440 is midnight at the day's end. */
    record Weekly(DayOfWeek day, int startMinute, int endMinute) {
    }

    /** The spans the weekly hours give on each local day from {@code from} to {@code to}, both included. */
    static List<long[]> shifts(List<Weekly> hours, LocalDate from, LocalDate to, ZoneId zone) {
        List<long[]> spans = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (Weekly w : hours) {
                if (w.day() == day.getDayOfWeek()) {
                    spans.add(new long[] {at(day, w.startMinute(), zone), at(day, w.endMinute(), zone)});
                }
            }
        }
        return union(spans);
    }

    /** A local day's minute after midnight as an instant (1440: the next day's start). */
    private static long at(LocalDate day, int minute, ZoneId zone) {
        if (minute >= 1440) {
            return day.plusDays(1).atStartOfDay(zone).toEpochSecond();
        }
        return day.atTime(LocalTime.of(minute / 60, minute % 60)).atZone(zone).toEpochSecond();
    }

    /** The spans sorted and merged where they overlap or touch; empty ones dropped. */
    static List<long[]> union(List<long[]> spans) {
        List<long[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(s -> s[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] s : sorted) {
            if (s[1] <= s[0]) {
                continue;
            }
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new long[] {s[0], s[1]});
            }
        }
        return merged;
    }

    /** {@code spans} less {@code off} (both in any order, possibly overlapping). */
    static List<long[]> minus(List<long[]> spans, List<long[]> off) {
        List<long[]> cuts = union(off);
        List<long[]> result = new ArrayList<>();
        for (long[] span : union(spans)) {
            long cursor = span[0];
            for (long[] cut : cuts) {
                if (cut[1] <= cursor || cut[0] >= span[1]) {
                    continue;
                }
                if (cut[0] > cursor) {
                    result.add(new long[] {cursor, cut[0]});
                }
                cursor = Math.max(cursor, cut[1]);
            }
            if (cursor < span[1]) {
                result.add(new long[] {cursor, span[1]});
            }
        }
        return result;
    }

    /** The whole minutes the spans cover together. */
    static long minutes(List<long[]> spans) {
        long seconds = 0;
        for (long[] s : union(spans)) {
            seconds += s[1] - s[0];
        }
        return seconds / 60;
    }
}
