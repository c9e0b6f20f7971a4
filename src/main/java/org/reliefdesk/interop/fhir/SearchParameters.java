package org.reliefdesk.interop.fhir;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a search's query parameters against the ones a resource supports (plus FHIR's {@code _format}); any
 * other is a 400 OperationOutcome naming it, never silently ignored (FHIR would then return everything).
 */
public final class SearchParameters {

    private static final Set<String> ALWAYS = Set.of("_format", "_pretty");

    private SearchParameters() {
    }

    /** The value of the one required {@code parameter}, after checking no unsupported parameter was sent. */
    public static String require(Map<String, String[]> query, String parameter, String... alsoSupported) {
        Set<String> supported = new TreeSet<>(Set.of(alsoSupported));
        supported.add(parameter);
        for (String name : query.keySet()) {
            if (!supported.contains(name) && !ALWAYS.contains(name)) {
                throw new UnsupportedSearchException("Unsupported search parameter: " + name
                        + " (supported: " + String.join(", ", supported) + ")");
            }
        }
        String[] values = query.get(parameter);
        if (values == null || values.length != 1 || values[0].isBlank()) {
            throw new UnsupportedSearchException("The search parameter " + parameter + " is required, once");
        }
        return values[0];
    }
}
