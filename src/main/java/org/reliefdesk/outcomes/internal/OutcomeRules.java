package org.reliefdesk.outcomes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.dataformat.yaml.YAMLMapper;

/** The comparison rules as data ({@code clinical/outcomes.yml}). */
record OutcomeRules(int baselineDays, Share sufficientShare, int responderFallPercent, Overuse medicationOveruse,
        String caveat, String caveatSource) {

    static final String RESOURCE = "clinical/outcomes.yml";

    static OutcomeRules load() {
        try (InputStream in = OutcomeRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return YAMLMapper.builder().build().readValue(in, OutcomeRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logged days a window of {@code days} needs: at least numerator/denominator of them (20 of 28). */
    int requiredLoggedDays(int days) {
        return (days * sufficientShare.numerator() + sufficientShare.denominator() - 1) / sufficientShare.denominator();
    }

    record Share(int numerator, int denominator) {
    }

    record Overuse(int windowDays, String source, List<Threshold> thresholds) {

        /** The threshold for the kinds logged, or null when none of its kinds was logged. */
        Threshold thresholdFor(java.util.Collection<String> kindsLogged) {
            return thresholds.stream().filter(t -> t.kinds().stream().anyMatch(kindsLogged::contains))
                    .findFirst().orElse(null);
        }
    }

    record Threshold(String id, List<String> kinds, int days, String reason) {
    }
}
