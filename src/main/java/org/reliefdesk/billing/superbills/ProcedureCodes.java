package org.reliefdesk.billing.superbills;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Which procedure code a technique is billed under (CLINICAL.md section 9), read once from
 * {@code clinical/procedure-codes.yml}: data, not code. A technique listed under {@code notBilled} (CONSULTATION)
 * counts toward no code; a technique in neither list is refused at start.
 */
@Component
class ProcedureCodes {

    static final String RESOURCE = "/clinical/procedure-codes.yml";
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Map<String, Code> byTechnique = new LinkedHashMap<>();
    private final Map<String, Code> byCode = new LinkedHashMap<>();
    private final Set<String> notBilled;

    ProcedureCodes() {
        File file = read();
        for (Code code : file.codes()) {
            byCode.put(code.code(), code);
            for (String technique : code.techniques()) {
                if (byTechnique.put(technique, code) != null) {
                    throw new IllegalStateException(technique + " is mapped twice in " + RESOURCE);
                }
            }
        }
        notBilled = Set.copyOf(file.notBilled());
    }

    /** The code a technique's minutes count toward; empty for a technique that is not billed. */
    Optional<Code> of(String technique) {
        if (notBilled.contains(technique)) {
            return Optional.empty();
        }
        Code code = byTechnique.get(technique);
        if (code == null) {
            throw new IllegalArgumentException("No procedure code for technique " + technique);
        }
        return Optional.of(code);
    }

    /** Our short name for a code ({@code 97124} → Massage). */
    String name(String code) {
        return byCode.get(code).name();
    }

    List<Code> all() {
        return List.copyOf(byCode.values());
    }

    boolean isNotBilled(String technique) {
        return notBilled.contains(technique);
    }

    /** A timed procedure code, our own short name for it and the techniques billed under it. */
    record Code(String code, String name, List<String> techniques) {
    }

    private record File(List<Code> codes, List<String> notBilled) {
    }

    private static File read() {
        try (InputStream in = ProcedureCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return YAML.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
