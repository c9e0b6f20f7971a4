package org.reliefdesk.scheduling.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Sorted, merged half-open intervals {@code [start, end)} of epoch seconds; immutable. */
final class Intervals {

    static final Intervals NONE = new Intervals(new long[0], new long[0]);

    private final long[] starts;
    private final long[] ends;

    private Intervals(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** Builds from unsorted, possibly overlapping pairs {@code {start, end}}; empty pairs are dropped. */
    static Intervals of(List<long[]> pairs) {
        List<long[]> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingLong(p -> p[0]));
        long[] s = new long[sorted.size()];
        long[] e = new long[sorted.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = sorted.get(i)[0];
            e[i] = sorted.get(i)[1];
        }
        return merged(s, e);
    }

    /**
     * Builds from the first {@code count} spans packed as {@code (start - base) << 32 | (end - base)} (seconds,
     * unsigned halves); sorts them in place.
     */
    static Intervals ofPacked(long[] packed, int count, long base) {
        Arrays.sort(packed, 0, count);
        long[] s = new long[count];
        long[] e = new long[count];
        for (int i = 0; i < count; i++) {
            s[i] = base + (packed[i] >>> 32);
            e[i] = base + (packed[i] & 0xFFFF_FFFFL);
        }
        return merged(s, e);
    }

    /** Pairs ordered by start merged where they overlap or touch, empty ones dropped (reuses the arrays). */
    private static Intervals merged(long[] s, long[] e) {
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (e[i] <= s[i]) {
                continue;
            }
            if (n > 0 && s[i] <= e[n - 1]) {
                e[n - 1] = Math.max(e[n - 1], e[i]);
            } else {
                s[n] = s[i];
                e[n] = e[i];
                n++;
            }
        }
        return n == s.length ? new Intervals(s, e) : new Intervals(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    int size() {
        return starts.length;
    }

    long start(int i) {
        return starts[i];
    }

    long end(int i) {
        return ends[i];
    }

    /** Whether any interval meets {@code [start, end)}. */
    boolean overlaps(long start, long end) {
        int i = firstEndingAfter(start);
        return i < starts.length && starts[i] < end;
    }

    /** Whether {@code [start, end)} lies wholly inside one interval. */
    boolean covers(long start, long end) {
        int i = firstEndingAfter(start);
        return i < starts.length && starts[i] <= start && ends[i] >= end;
    }

    /** These intervals less {@code other}. */
    Intervals minus(Intervals other) {
        List<long[]> result = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < starts.length; i++) {
            long cursor = starts[i];
            while (j < other.starts.length && other.ends[j] <= cursor) {
                j++;
            }
            int k = j;
            while (k < other.starts.length && other.starts[k] < ends[i]) {
                if (other.starts[k] > cursor) {
                    result.add(new long[] {cursor, other.starts[k]});
                }
                cursor = Math.max(cursor, other.ends[k]);
                k++;
            }
            if (cursor < ends[i]) {
                result.add(new long[] {cursor, ends[i]});
            }
        }
        return of(result);
    }

    /** These intervals cut to {@code [from, to)}. */
    Intervals clip(long from, long to) {
        return minus(of(List.of(new long[] {Long.MIN_VALUE, from}, new long[] {to, Long.MAX_VALUE})));
    }

    private int firstEndingAfter(long instant) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] > instant) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
