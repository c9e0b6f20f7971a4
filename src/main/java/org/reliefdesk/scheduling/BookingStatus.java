package org.reliefdesk.scheduling;

/** A booking is BOOKED until it is CANCELLED or the client was a NO_SHOW (attended sessions stay BOOKED). */
public enum BookingStatus {
    BOOKED, CANCELLED, NO_SHOW
}
