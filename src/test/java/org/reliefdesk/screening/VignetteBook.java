package org.reliefdesk.screening;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.intake.IntakeCheck;
import org.reliefdesk.intake.IntakeForm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The clinical vignettes of {@code screening/vignettes.yml}, each resolved to a full, valid intake. */
record VignetteBook(LocalDate screeningDate, List<Vignette> vignettes) {

    /** One clinical story, its full intake and what CLINICAL.md says the screening must be. */
    record Vignette(String id, String story, IntakeAnswers answers, Expect expect) {
        @Override
        public String toString() {
            return id;
        }
    }

    record Expect(String status, List<String> flags, List<String> restrictions, String pattern, List<String> criteria,
            Boolean medicationOveruseRisk, Map<String, String> reasons) {
    }

    static VignetteBook load(IntakeForm form) {
        YAMLMapper yaml = YAMLMapper.builder().build();
        try (InputStream in = VignetteBook.class.getResourceAsStream("/screening/vignettes.yml")) {
            JsonNode root = yaml.readTree(in);
            LocalDate date = LocalDate.parse(root.get("screeningDate").asString());
            Map<String, ObjectNode> bases = new HashMap<>();
            for (String name : root.get("bases").propertyNames()) {
                bases.put(name, resolve(root.get("bases").get(name), root.get("bases"), yaml));
            }
            List<Vignette> vignettes = new ArrayList<>();
            for (JsonNode v : root.get("vignettes")) {
                ObjectNode intake = resolve(v, root.get("bases"), yaml);
                IntakeCheck check = form.check(intake, date);
                if (!check.valid()) {
                    throw new IllegalStateException("Vignette " + v.get("id").asString() + " is not a valid intake: "
                            + check.errors());
                }
                vignettes.add(new Vignette(v.get("id").asString(), v.path("story").asString(""), check.answers(),
                        yaml.treeToValue(v.get("expect"), Expect.class)));
            }
            return new VignetteBook(date, List.copyOf(vignettes));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A base or vignette: the full base it names (if any) with its dotted answers replaced. */
    private static ObjectNode resolve(JsonNode spec, JsonNode bases, YAMLMapper yaml) {
        if (!spec.has("base")) {
            return (ObjectNode) spec.deepCopy();
        }
        ObjectNode intake = resolve(bases.get(spec.get("base").asString()), bases, yaml);
        for (Map.Entry<String, JsonNode> answer : spec.path("answers").properties()) {
            String code = answer.getKey();
            int dot = code.indexOf('.');
            ObjectNode section = (ObjectNode) intake.get(code.substring(0, dot));
            if (answer.getValue().isNull()) {
                section.remove(code.substring(dot + 1));
            } else {
                section.set(code.substring(dot + 1), answer.getValue());
            }
        }
        return intake;
    }
}
