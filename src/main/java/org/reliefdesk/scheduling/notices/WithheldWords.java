package org.reliefdesk.scheduling.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import tools.jackson.dataformat.yaml.YAMLMapper;

/** Words that never appear in a booking message ({@code clinical/email-withheld-words.yml}). */
record WithheldWords(List<String> words) {

    static final String RESOURCE = "clinical/email-withheld-words.yml";

    static WithheldWords load() {
        try (InputStream in = WithheldWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return YAMLMapper.builder().build().readValue(in, WithheldWords.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first withheld word in the text (case-insensitive), or null. */
    String firstIn(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return words.stream().filter(w -> lower.contains(w.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }
}
