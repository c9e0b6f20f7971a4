package org.reliefdesk.planning.internal;

import java.util.List;
import java.util.Map;

/**
 * Where the headache hurts and which muscles refer pain there (clinical/head-pain-map.yml):
 * the intake's {@code headache.location} to focused areas (with the muscle for each area, same
 * order) and the referral table the therapist reads.
 */
record HeadPainMap(String source, Map<String, Location> locations, List<Referral> referral) {

    record Location(String plain, List<String> areas, List<String> muscles) {
    }

    record Referral(String where, List<String> muscles) {
    }
}
