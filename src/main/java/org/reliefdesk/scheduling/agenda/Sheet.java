package org.reliefdesk.scheduling.agenda;

import java.util.List;

import org.reliefdesk.scheduling.Booking;

/**
 * The book laid out on the location's 15-minute grid: row 1 holds the lane titles, row 2 the first quarter hour of
 * the axis; column 1 is the time axis, lane {@code i} is column {@code i + 2}. Blocks span the rows of their length.
 */
record Sheet(List<Mark> marks, int rows, List<Lane> lanes, NowLine now) {

    /** A time shown on the axis (each full hour). */
    record Mark(int row, String time) {
    }

    /**
     * A therapist, a room or a day: its title, an optional link (a week's day to that day), its heading's place
     * on the grid and what is in it.
     */
    record Lane(String title, String link, String style, List<Block> blocks, List<Free> free) {
    }

    /**
     * A booking in its lane: the rows it covers, its service's label, its time, its status and flags in words;
     * {@code shifted} when it overlaps an earlier block of the lane (a cancelled one shown beside the booking that
     * took its time). The page shows it as written here: its place on the grid, its classes, its link.
     */
    record Block(Booking booking, String service, String time, int row, int span, String state, List<String> flags,
            boolean shifted, Actions actions, String style, String href) {

        public String status() {
            return booking.status().name();
        }

        public String css() {
            return "block s-" + booking.status().name() + (shifted ? " shifted" : "");
        }
    }

    /** A free quarter hour in a therapist's working time: a link that starts a booking there ("Book … at "). */
    record Free(int row, String time, String href, String style, String label) {
    }

    /** Today's line: at {@code percent} of row {@code row}, across columns {@code [fromColumn, toColumn)}. */
    record NowLine(int row, int percent, int fromColumn, int toColumn) {
    }

    public int columns() {
        return lanes.size();
    }
}
