package org.reliefdesk.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The one writer of the booking table: optimistic versions, the rows it keeps, and nobody else writing. */
@IntegrationTest
class BookingStoreTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.now(NEW_YORK).plusDays(12);

    @LocalServerPort
    int port;
    @Autowired
    BookingStore store;
    @Autowired
    BookingChanges changes;
    @Autowired
    Bookings bookings;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Scheduling.Practice practice;

    @BeforeEach
    void practice() {
        practice = Scheduling.practice(port, DAY.plusYears(1));
    }

    @Test
    void aMoveFromAStaleVersionIsAConflictAndChangesNothing() {
        Booking booking = book("10:00");
        jdbc.sql("update booking set version = version + 1 where id = :id").param("id", booking.id()).update();

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> store.vacate(booking.id(), booking.version())))
                .isInstanceOf(ConflictException.class).hasMessage("This booking was changed meanwhile");
        assertThat(bookings.find(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void aCancellationSavedTwiceIsAConflictTheSecondTime() {
        Booking booking = book("11:00");
        var cancellation = changes.of(booking).cancel(CancelReason.CLIENT_REQUEST, "phoned",
                staff(practice.clientEmail()), clock.instant());
        tx.executeWithoutResult(s -> store.save(cancellation));

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> store.save(cancellation)))
                .isInstanceOf(ConflictException.class).hasMessage("This booking was changed meanwhile");
        Booking cancelled = bookings.find(booking.id()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.version()).isEqualTo(booking.version() + 1);
        assertThat(cancelled.cancelReason()).isEqualTo("CLIENT_REQUEST");
        assertThat(cancelled.cancelNote()).isEqualTo("phoned");
    }

    @Test
    void readingAsIfVacatedLeavesTheBookingAsItWas() {
        Booking booking = book("12:00");

        String seen = store.asIfVacated(booking.id(), () -> jdbc.sql("select status from booking where id = :id")
                .param("id", booking.id()).query(String.class).single());

        assertThat(seen).isEqualTo("CANCELLED");
        assertThat(bookings.find(booking.id()).orElseThrow()).isEqualTo(booking);
    }

    @Test
    void theReminderAndTheReviewFlagAreWrittenByTheStore() {
        Booking booking = book("13:00");
        UUID clientId = booking.clientId();

        store.reminderQueued(booking.id());
        tx.executeWithoutResult(s -> store.flagForReview(clientId, true));

        assertThat(jdbc.sql("select reminder_queued_for = starts_at from booking where id = :id")
                .param("id", booking.id()).query(Boolean.class).single()).isTrue();
        assertThat(bookings.find(booking.id()).orElseThrow().needsReview()).isTrue();
    }

    @Test
    void noOtherMainCodeWritesTheBookingTables() throws IOException {
        Pattern write = Pattern.compile("(?i)(insert\\s+into|update|delete\\s+from)\\s+booking(_equipment|_change)?\\b");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> writers = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> write.matcher(read(p)).find()).toList();
            assertThat(writers).extracting(p -> p.getFileName().toString()).containsExactly("BookingStore.java");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Booking book(String time) {
        String start = ZonedDateTime.of(DAY, LocalTime.parse(time), NEW_YORK)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        var booked = Api.anonymous(port).as(practice.clientEmail(), TestData.PASSWORD).post("/api/v1/bookings",
                Map.of("clientId", practice.clientId(), "locationId", practice.location(), "serviceCode",
                        "MEDICAL_MASSAGE_60", "start", start, "therapistId", practice.therapist()));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        return bookings.find(UUID.fromString(booked.json().get("id").asString())).orElseThrow();
    }

    /** Someone with an account (cancelled_by names it), acting as the front desk. */
    private ReliefDeskUser staff(String email) {
        UUID id = jdbc.sql("select id from app_user where lower(email) = lower(:email)").param("email", email).query(UUID.class)
                .single();
        return new ReliefDeskUser(id, email, "Desk", Role.FRONT_DESK, null);
    }
}
