package org.reliefdesk.planning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The planning catalogues, read once from {@code clinical/*.yml}: techniques, body areas (in the
 * intake's order), the head-pain map, the evidence list and the session template (its texts also in Spanish).
 */
@Component
class Catalogue {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Map<String, Technique> techniques;
    private final Map<String, BodyArea> areas;
    private final Map<String, Evidence> evidence;
    private final HeadPainMap headPain;
    private final SessionTemplate template;
    private final Map<String, PlanWords.TemplateTexts> texts;

    Catalogue() {
        techniques = index(read("techniques.yml", TechniqueList.class).techniques(), Technique::code);
        areas = index(read("body-areas.yml", AreaList.class).areas(), BodyArea::code);
        evidence = index(read("evidence.yml", EvidenceList.class).evidence(), Evidence::id);
        headPain = read("head-pain-map.yml", HeadPainMap.class);
        template = read("session-template.yml", SessionTemplate.class);
        texts = Map.of(PlanWords.SPANISH, read("session-template_es.yml", PlanWords.TemplateTexts.class));
    }

    Technique technique(String code) {
        return code == null ? null : techniques.get(code);
    }

    BodyArea area(String code) {
        return code == null ? null : areas.get(code);
    }

    Evidence evidence(String id) {
        return id == null ? null : evidence.get(id);
    }

    /** Every technique, body area and evidence entry, in file order. */
    List<Technique> techniques() {
        return List.copyOf(techniques.values());
    }

    List<BodyArea> areas() {
        return List.copyOf(areas.values());
    }

    List<Evidence> evidence() {
        return List.copyOf(evidence.values());
    }

    HeadPainMap headPain() {
        return headPain;
    }

    SessionTemplate template() {
        return template;
    }

    /** The template's texts and words in a language other than English; null when there are none. */
    PlanWords.TemplateTexts texts(String language) {
        return texts.get(language);
    }

    /** The position of an area in the intake's list (for ordering the client's marked areas). */
    int rank(String area) {
        return List.copyOf(areas.keySet()).indexOf(area);
    }

    private static <T> T read(String file, Class<T> type) {
        try (InputStream in = Catalogue.class.getResourceAsStream("/clinical/" + file)) {
            if (in == null) {
                throw new IllegalStateException("clinical/" + file + " is missing");
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(key.apply(item), item) != null) {
                throw new IllegalStateException("Duplicate catalogue entry " + key.apply(item));
            }
        }
        return map;
    }

    record TechniqueList(List<Technique> techniques) {
    }

    record AreaList(List<BodyArea> areas) {
    }

    record EvidenceList(List<Evidence> evidence) {
    }
}
