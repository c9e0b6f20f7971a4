package org.reliefdesk.shared;

/** An id the caller does not know or may not see: always answered as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
