package org.reliefdesk.planning.internal;

/**
 * One study a block may cite (clinical/evidence.yml) with an honest strength label:
 * randomised or not (null for a review of trials) and how many people it analysed.
 */
record Evidence(String id, String citation, String finding, String design, Boolean randomised, Integer participants,
        String strength) {
}
