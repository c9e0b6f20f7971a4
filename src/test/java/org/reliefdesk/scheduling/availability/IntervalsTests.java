package org.reliefdesk.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IntervalsTests {

    static Intervals of(long... bounds) {
        List<long[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            pairs.add(new long[] {bounds[i], bounds[i + 1]});
        }
        return Intervals.of(pairs);
    }

    @Test
    void overlappingAndTouchingIntervalsMerge() {
        Intervals merged = of(5, 8, 0, 3, 3, 4, 7, 10);
        assertThat(merged.size()).isEqualTo(2);
        assertThat(merged.start(0)).isZero();
        assertThat(merged.end(0)).isEqualTo(4);
        assertThat(merged.end(1)).isEqualTo(10);
    }

    @Test
    void overlapIsHalfOpen() {
        Intervals busy = of(10, 20);
        assertThat(busy.overlaps(0, 10)).isFalse();
        assertThat(busy.overlaps(20, 30)).isFalse();
        assertThat(busy.overlaps(19, 21)).isTrue();
        assertThat(busy.covers(10, 20)).isTrue();
        assertThat(busy.covers(9, 20)).isFalse();
    }

    @Test
    void subtractingCutsHoles() {
        Intervals left = of(0, 100).minus(of(10, 20, 50, 60, 90, 120));
        assertThat(left.size()).isEqualTo(3);
        assertThat(left.covers(20, 50)).isTrue();
        assertThat(left.covers(60, 90)).isTrue();
        assertThat(left.overlaps(90, 100)).isFalse();
        assertThat(of(0, 100).clip(30, 40).covers(30, 40)).isTrue();
    }

    @Test
    void spansPackedPerHolderAreSortedAndMerged() {
        long from = 1_800_000_000L;
        ScheduleLoader.Spans spans = new ScheduleLoader.Spans(2, from);
        spans.add(0, from + 7_200, from + 9_000);
        spans.add(0, from - 3_600, from + 600);
        spans.add(0, from + 8_000, from + 10_000);
        Intervals first = spans.intervals(0);
        assertThat(first.size()).isEqualTo(2);
        assertThat(first.covers(from - 3_600, from + 600)).isTrue();
        assertThat(first.covers(from + 7_200, from + 10_000)).isTrue();
        assertThat(first.overlaps(from + 600, from + 7_200)).isFalse();
        assertThat(spans.intervals(1).size()).isZero();
    }
}
