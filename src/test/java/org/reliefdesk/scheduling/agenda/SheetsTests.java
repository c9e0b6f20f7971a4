package org.reliefdesk.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.CEDAR;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.NEW_YORK;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.TARA;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.aSession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.agenda.BookReader.Staffing;
import org.reliefdesk.scheduling.agenda.Sheet.Block;
import org.reliefdesk.scheduling.agenda.Sheets.Column;

class SheetsTests {

    static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);
    static final Sheets.Labels LABELS = new Sheets.Labels() {
        @Override
        public String service(String code) {
            return "Medical massage";
        }

        @Override
        public String status(BookingStatus status) {
            return status.name();
        }

        @Override
        public List<String> flags(Booking booking) {
            return List.of();
        }

        @Override
        public String free(String laneTitle) {
            return "Book " + laneTitle + " at ";
        }

        @Override
        public String href(Booking booking) {
            return "/schedule/bookings/" + booking.id();
        }
    };

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }

    static Sheet layout(List<Booking> bookings, List<int[]> open, Instant now) {
        Column tara = new Column("Tara", null, TUESDAY, TARA, new ArrayList<>(bookings), open);
        return Sheets.layout(List.of(tara), NEW_YORK, now, LABELS, c -> "/schedule/new?therapist=" + c.therapistId());
    }

    @Test
    void aBlockSpansTheRowsOfItsLengthOnTheQuarterHourGrid() {
        Booking b = aSession("2026-03-10T10:15", TARA, CEDAR, BookingStatus.BOOKED);
        Sheet sheet = layout(List.of(b), List.of(new int[] {9 * 60, 17 * 60}), at("2026-03-10T07:00"));
        assertThat(sheet.rows()).isEqualTo(32);
        assertThat(sheet.marks()).first().extracting(Sheet.Mark::time).isEqualTo("09:00");
        Block block = sheet.lanes().get(0).blocks().get(0);
        assertThat(block.row()).isEqualTo(2 + 5);
        assertThat(block.span()).isEqualTo(4);
        assertThat(block.time()).isEqualTo("10:15–11:15");
        assertThat(block.service()).isEqualTo("Medical massage");
        assertThat(block.style()).isEqualTo("grid-column:2;grid-row:7/span 4");
        assertThat(block.css()).isEqualTo("block s-BOOKED");
    }

    @Test
    void freeCellsAreTheWorkingQuarterHoursNoBookingHoldsAndThatHaveNotBegun() {
        Booking b = aSession("2026-03-10T10:00", TARA, CEDAR, BookingStatus.BOOKED);
        Booking cancelled = aSession("2026-03-10T12:00", TARA, CEDAR, BookingStatus.CANCELLED);
        Sheet sheet = layout(List.of(b, cancelled), List.of(new int[] {9 * 60, 13 * 60}), at("2026-03-10T09:20"));
        assertThat(sheet.lanes().get(0).free()).extracting(Sheet.Free::time).containsExactly("09:30", "09:45",
                "11:00", "11:15", "11:30", "11:45", "12:00", "12:15", "12:30", "12:45");
        assertThat(sheet.lanes().get(0).free().get(0)).isEqualTo(new Sheet.Free(4, "09:30",
                "/schedule/new?therapist=" + TARA + "&start=2026-03-10T09:30", "grid-column:2;grid-row:4", "Book Tara at "));
        assertThat(sheet.lanes().get(0).blocks().get(1).shifted()).isFalse();
    }

    @Test
    void aCancelledBookingBesideTheOneThatTookItsTimeIsShifted() {
        Booking cancelled = aSession("2026-03-10T10:00", TARA, CEDAR, BookingStatus.CANCELLED);
        Booking b = aSession("2026-03-10T10:30", TARA, CEDAR, BookingStatus.BOOKED);
        Sheet sheet = layout(List.of(cancelled, b), List.of(new int[] {9 * 60, 17 * 60}), at("2026-03-10T07:00"));
        assertThat(sheet.lanes().get(0).blocks()).extracting(Block::shifted).containsExactly(false, true);
    }

    @Test
    void timeOffIsNotOpen() {
        Staffing tara = AgendaFixtures.weekdays(TARA, "Tara", 9 * 60, 17 * 60);
        tara.timeOff().add(new Instant[] {at("2026-03-10T12:00"), at("2026-03-10T13:30")});
        assertThat(Sheets.open(tara, TUESDAY, NEW_YORK)).containsExactly(new int[] {540, 720}, new int[] {810, 1020});
        assertThat(Sheets.open(tara, TUESDAY.plusDays(5), NEW_YORK)).isEmpty();
    }

    @Test
    void theAxisRunsFromTheEarliestOpeningToTheLatestClosingOnWholeHoursAndCoversBookings() {
        Booking late = aSession("2026-03-10T17:30", TARA, CEDAR, BookingStatus.BOOKED);
        Sheet sheet = layout(List.of(late), List.of(new int[] {8 * 60 + 30, 17 * 60}), at("2026-03-10T07:00"));
        assertThat(sheet.marks()).extracting(Sheet.Mark::time).startsWith("08:00").endsWith("18:00");
        assertThat(Sheets.axis(List.of(), NEW_YORK)).containsExactly(540, 1020);
    }

    @Test
    void todaysLineSitsAtTheCurrentTimeAcrossTheLanesShowingToday() {
        Sheet sheet = layout(List.of(), List.of(new int[] {9 * 60, 17 * 60}), at("2026-03-10T10:20"));
        assertThat(sheet.now()).isEqualTo(new Sheet.NowLine(2 + 5, 33, 2, 3));
        assertThat(layout(List.of(), List.of(new int[] {540, 1020}), at("2026-03-11T10:20")).now()).isNull();
    }

    @Test
    void arrivalsAreDueArrivedInSessionAndDone() {
        Instant now = at("2026-03-10T10:30");
        Sheet sheet = layout(List.of(aSession("2026-03-10T09:00", TARA, CEDAR, BookingStatus.COMPLETED),
                aSession("2026-03-10T10:00", TARA, CEDAR, BookingStatus.CHECKED_IN),
                aSession("2026-03-10T11:00", TARA, CEDAR, BookingStatus.CHECKED_IN),
                aSession("2026-03-10T12:00", TARA, CEDAR, BookingStatus.BOOKED),
                aSession("2026-03-10T13:00", TARA, CEDAR, BookingStatus.NO_SHOW)), List.of(), now);
        Arrivals arrivals = Arrivals.of(sheet, now);
        assertThat(arrivals.done()).extracting(Block::time).containsExactly("09:00–10:00");
        assertThat(arrivals.inSession()).extracting(Block::time).containsExactly("10:00–11:00");
        assertThat(arrivals.arrived()).extracting(Block::time).containsExactly("11:00–12:00");
        assertThat(arrivals.due()).extracting(Block::time).containsExactly("12:00–13:00");
    }

    @Test
    void theButtonsFollowTheStatusTheDayAndTheStart() {
        Booking later = aSession("2026-03-10T12:00", TARA, CEDAR, BookingStatus.BOOKED);
        assertThat(Actions.of(later, at("2026-03-10T10:00"))).isEqualTo(new Actions(true, false, false, true, true));
        assertThat(Actions.of(later, at("2026-03-09T10:00")).checkIn()).isFalse();
        Booking in = aSession("2026-03-10T09:00", TARA, CEDAR, BookingStatus.CHECKED_IN);
        assertThat(Actions.of(in, at("2026-03-10T09:30"))).isEqualTo(new Actions(false, true, true, true, false));
        Booking done = aSession("2026-03-10T09:00", TARA, CEDAR, BookingStatus.COMPLETED);
        assertThat(Actions.of(done, at("2026-03-10T11:00")).any()).isFalse();
        Booking held = aSession("2026-03-10T15:00", TARA, CEDAR, BookingStatus.HELD);
        assertThat(Actions.of(held, at("2026-03-10T11:00"))).isEqualTo(new Actions(false, false, false, true, false));
    }
}
