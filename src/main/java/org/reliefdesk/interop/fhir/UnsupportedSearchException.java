package org.reliefdesk.interop.fhir;

/** A search parameter this server does not support: a 400 OperationOutcome naming it. */
public class UnsupportedSearchException extends RuntimeException {

    public UnsupportedSearchException(String message) {
        super(message);
    }
}
