package org.reliefdesk.scheduling.notices;

import java.math.BigDecimal;

import org.reliefdesk.notifications.Letter.Letterhead;
import org.reliefdesk.scheduling.notices.BookingLetters.Sender;

/**
 * Where a session happens and who writes about it: the location ({@code sender}: place, policy window, phone,
 * links), the practice's letterhead, the location's fees in the practice's currency, and the address invitations
 * come from (the calendar file's organizer).
 */
record Venue(Sender sender, Letterhead letterhead, BigDecimal lateCancelFee, BigDecimal noShowFee, String currency,
        String organizer) {
}
