package org.reliefdesk.scheduling.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The iCalendar text (RFC 5545) a feed and a session download carry. */
class IcsTests {

    static final UUID ID = UUID.fromString("0b7e6f1c-5d1a-4c1e-9a43-3f8f3c2b6a10");
    static final Instant START = Instant.parse("2026-12-07T15:00:00Z");

    static Ics.Event event(UUID id, Instant start, String summary, String where, String description) {
        return new Ics.Event(id, start, start.plusSeconds(3600), summary, where, description);
    }

    /** The lines of the text with RFC 5545's folding undone. */
    static List<String> lines(String text) {
        return Arrays.asList(text.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void aCalendarIsPublishedGregorianVersionTwoWithOurProduct() {
        List<String> lines = lines(Ics.calendar(List.of()));
        assertThat(lines).startsWith("BEGIN:VCALENDAR").endsWith("END:VCALENDAR");
        assertThat(lines).contains("PRODID:" + Ics.PRODUCT, "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH");
        assertThat(lines).noneMatch(line -> line.startsWith("BEGIN:VEVENT"));
    }

    @Test
    void anEventCarriesItsTimesInUtcAStableUidAndIsConfirmed() {
        List<String> lines = lines(Ics.calendar(List.of(event(ID, START, "Medical Massage · Anna", "Willow room",
                null))));
        assertThat(lines).contains("BEGIN:VEVENT", "UID:" + ID + "@reliefdesk", "DTSTART:20261207T150000Z",
                "DTEND:20261207T160000Z", "SUMMARY:Medical Massage · Anna", "LOCATION:Willow room",
                "STATUS:CONFIRMED", "END:VEVENT");
        assertThat(lines).noneMatch(line -> line.startsWith("DESCRIPTION"));
    }

    @Test
    void aDescriptionIsAddedWhenGivenWithItsPunctuationEscaped() {
        String text = Ics.calendar(List.of(event(ID, START, "Massage with Tara", "Harbour Street Clinic, 12 Harbour St",
                "Cancel online; until 24 hours before.")));
        assertThat(lines(text)).contains("LOCATION:Harbour Street Clinic\\, 12 Harbour St",
                "DESCRIPTION:Cancel online\\; until 24 hours before.");
    }

    @Test
    void everyEventOfAFeedIsThereInOrder() {
        UUID second = UUID.randomUUID();
        List<String> lines = lines(Ics.calendar(List.of(event(ID, START, "First", "A", null),
                event(second, START.plusSeconds(86_400), "Second", "B", null))));
        assertThat(lines.stream().filter(line -> line.startsWith("UID:")))
                .containsExactly("UID:" + ID + "@reliefdesk", "UID:" + second + "@reliefdesk");
        assertThat(lines).contains("DTSTART:20261208T150000Z");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctets() {
        String text = Ics.calendar(List.of(event(ID, START, "S".repeat(200), "A", null)));
        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
        assertThat(lines(text)).contains("SUMMARY:" + "S".repeat(200));
    }
}
