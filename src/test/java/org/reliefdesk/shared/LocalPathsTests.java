package org.reliefdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A page sends the browser back only to a path on this site. */
class LocalPathsTests {

    @ParameterizedTest
    @ValueSource(strings = {"/schedule", "/schedule?view=week&day=2026-12-07", "/sessions?clientId=abc"})
    void aPathOnThisSiteIsKept(String path) {
        assertThat(LocalPaths.orNull(path)).isEqualTo(path);
        assertThat(LocalPaths.or(path, "/")).isEqualTo(path);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "schedule", "https://evil.example/", "//evil.example/x", "/\\evil.example",
            "/x\\y", "/a\r\nLocation: https://evil.example", "javascript:alert(1)"})
    void anythingElseFallsBack(String path) {
        assertThat(LocalPaths.orNull(path)).isNull();
        assertThat(LocalPaths.or(path, "/schedule")).isEqualTo("/schedule");
    }
}
