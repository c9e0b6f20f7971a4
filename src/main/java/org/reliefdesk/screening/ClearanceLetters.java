package org.reliefdesk.screening;

import java.util.Optional;

import org.reliefdesk.clients.Client;

/** The clearance letter for the physician as a PDF (the client's export); implemented by screening. */
public interface ClearanceLetters {

    /** The letter for the client's newest screening when it has concerns a physician must clear; else empty. */
    Optional<byte[]> latest(Client client);
}
