package org.reliefdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretDigestsTests {

    @Test
    void digestsAsLowerCaseHexOfSha256() {
        assertThat(SecretDigests.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void readsTheSecretAsUtf8() {
        assertThat(SecretDigests.sha256Hex("é")).isNotEqualTo(SecretDigests.sha256Hex("e")).hasSize(64);
    }
}
