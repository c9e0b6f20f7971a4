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

    @Test
    void emptyAndBackwardPairsAreDropped() {
        Intervals kept = of(5, 5, 9, 3, 10, 20);
        assertThat(kept.size()).isEqualTo(1);
        assertThat(kept.start(0)).isEqualTo(10);
        assertThat(of().size()).isZero();
        assertThat(Intervals.NONE.overlaps(Long.MIN_VALUE, Long.MAX_VALUE)).isFalse();
        assertThat(Intervals.NONE.covers(0, 1)).isFalse();
    }

    @Test
    void anIntervalInsideAnotherDisappearsIntoIt() {
        Intervals merged = of(0, 100, 10, 20, 30, 40);
        assertThat(merged.size()).isEqualTo(1);
        assertThat(merged.end(0)).isEqualTo(100);
    }

    @Test
    void coveringNeedsOneIntervalNotTwoThatTouch() {
        Intervals touching = of(0, 10, 10, 20);
        assertThat(touching.size()).isEqualTo(1);
        assertThat(touching.covers(5, 15)).isTrue();
        Intervals apart = of(0, 10, 11, 20);
        assertThat(apart.covers(5, 15)).isFalse();
        assertThat(apart.overlaps(10, 11)).isFalse();
        assertThat(apart.overlaps(10, 12)).isTrue();
    }

    @Test
    void findsTheRightIntervalAmongMany() {
        List<long[]> pairs = new java.util.ArrayList<>();
        for (long i = 0; i < 1_000; i++) {
            pairs.add(new long[] {i * 100, i * 100 + 50});
        }
        Intervals many = Intervals.of(pairs);
        assertThat(many.size()).isEqualTo(1_000);
        assertThat(many.covers(73_400, 73_450)).isTrue();
        assertThat(many.overlaps(73_450, 73_500)).isFalse();
        assertThat(many.overlaps(99_949, 200_000)).isTrue();
        assertThat(many.overlaps(99_950, 200_000)).isFalse();
        assertThat(many.overlaps(-10, 0)).isFalse();
    }

    @Test
    void subtractingNothingOrEverything() {
        Intervals hours = of(0, 10, 20, 30);
        Intervals same = hours.minus(Intervals.NONE);
        assertThat(same.size()).isEqualTo(2);
        assertThat(same.covers(20, 30)).isTrue();
        assertThat(hours.minus(of(-5, 50)).size()).isZero();
        assertThat(Intervals.NONE.minus(hours).size()).isZero();
    }

    @Test
    void oneHoleMaySpanSeveralIntervals() {
        Intervals left = of(0, 10, 20, 30, 40, 50).minus(of(5, 45));
        assertThat(left.size()).isEqualTo(2);
        assertThat(left.covers(0, 5)).isTrue();
        assertThat(left.covers(45, 50)).isTrue();
        assertThat(left.overlaps(5, 45)).isFalse();
    }

    @Test
    void clippingOutsideLeavesNothingAndAcrossKeepsTheInside() {
        assertThat(of(0, 10).clip(20, 30).size()).isZero();
        Intervals across = of(0, 10, 20, 30).clip(5, 25);
        assertThat(across.size()).isEqualTo(2);
        assertThat(across.start(0)).isEqualTo(5);
        assertThat(across.end(1)).isEqualTo(25);
    }

    @Test
    void packedSpansGrowPastTheirFirstArrayAndClampBeforeTheBase() {
        long from = 1_800_000_000L;
        ScheduleLoader.Spans spans = new ScheduleLoader.Spans(1, from);
        for (int i = 39; i >= 0; i--) { // 40 spans, added last first
            spans.add(0, from + i * 3_600L, from + i * 3_600L + 1_800);
        }
        spans.add(0, from - 10 * 86_400L, from - 2 * 86_400L + 60); // reaches back before the base
        Intervals all = spans.intervals(0);
        assertThat(all.size()).isEqualTo(41);
        assertThat(all.start(0)).isEqualTo(from - 2 * 86_400L);
        assertThat(all.end(0)).isEqualTo(from - 2 * 86_400L + 60);
        assertThat(all.start(40)).isEqualTo(from + 39 * 3_600L);
    }
}
