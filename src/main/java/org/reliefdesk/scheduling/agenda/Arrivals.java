package org.reliefdesk.scheduling.agenda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.reliefdesk.scheduling.agenda.Sheet.Block;

/**
 * Who is due (booked), arrived (checked in, not started yet), in session (checked in, started) and done
 * (completed) on a day, each in order of start.
 */
record Arrivals(List<Block> due, List<Block> arrived, List<Block> inSession, List<Block> done) {

    static Arrivals of(List<Block> blocks, Instant now) {
        Arrivals day = new Arrivals(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        blocks.stream().sorted(Comparator.comparing(b -> b.booking().start())).forEach(b -> {
            switch (b.booking().status()) {
                case BOOKED -> day.due.add(b);
                case CHECKED_IN -> (now.isBefore(b.booking().start()) ? day.arrived : day.inSession).add(b);
                case COMPLETED -> day.done.add(b);
                default -> { }
            }
        });
        return day;
    }

    /** Every block of a sheet's lanes. */
    static Arrivals of(Sheet sheet, Instant now) {
        return of(sheet.lanes().stream().flatMap(l -> l.blocks().stream()).toList(), now);
    }

    public boolean isEmpty() {
        return due.isEmpty() && arrived.isEmpty() && inSession.isEmpty() && done.isEmpty();
    }
}
