package org.reliefdesk.web.internal;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.NonNull;
import org.springframework.stereotype.Component;

/**
 * Whether each property of a record may be null, as the API really answers (OpenAPI 3.1: {@code "null"} among the
 * property's types). A primitive, a list, a set or a map is never null (the records give empty ones); a record
 * component marked {@link NonNull} is never null; any other reference may be null and is described so, because a
 * description that promises a value the API does not always give is worse than one that says it may be absent.
 */
@Component
class RecordNullability implements ModelConverter {

    /** The record each schema name stands for: two records under one name would silently share a schema. */
    private final Map<String, Class<?>> named = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = rawClass(type);
        if (resolved == null || raw == null || !raw.isRecord()) {
            return resolved;
        }
        String name = resolved.get$ref() == null ? null : resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
        Class<?> earlier = name == null ? null : named.putIfAbsent(name, raw);
        if (earlier != null && earlier != raw) {
            throw new IllegalStateException("Two records are described as schema " + name + ": " + earlier.getName()
                    + " and " + raw.getName() + "; give one a distinct @Schema(name = …)");
        }
        Schema model = name == null ? resolved : context.getDefinedModels().get(name);
        if (model != null && model.getProperties() != null) {
            if (writesNulls(raw)) {
                model.addExtension(WRITES_NULLS, true);
            }
            for (RecordComponent component : raw.getRecordComponents()) {
                Schema property = (Schema) model.getProperties().get(component.getName());
                if (property != null && mayBeNull(component)) {
                    model.getProperties().put(component.getName(), nullable(property));
                }
            }
        }
        return resolved;
    }

    /** Marks a schema whose every property is written, null or not (taken off again by {@link ApiDescription}). */
    static final String WRITES_NULLS = "x-writes-nulls";

    /** A record writes each component out, null too, unless it says to leave nulls (or empties) out. */
    static boolean writesNulls(Class<?> record) {
        JsonInclude include = record.getAnnotation(JsonInclude.class);
        return include == null || include.value() == JsonInclude.Include.ALWAYS
                || include.value() == JsonInclude.Include.USE_DEFAULTS;
    }

    static boolean mayBeNull(RecordComponent component) {
        Class<?> type = component.getType();
        return !type.isPrimitive() && !type.isArray() && !Collection.class.isAssignableFrom(type)
                && !Map.class.isAssignableFrom(type) && !Optional.class.equals(type)
                && !component.getAnnotatedType().isAnnotationPresent(NonNull.class);
    }

    /** The property with "null" among its types; a reference to another schema becomes "that, or null". */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema nullable(Schema property) {
        if (property.get$ref() != null || property.getAllOf() != null) {
            Schema reference = property.get$ref() != null ? new Schema<>().$ref(property.get$ref())
                    : (Schema) property.getAllOf().get(0);
            Schema either = new Schema<>();
            either.setAnyOf(List.of(reference, new Schema<>().types(Set.of("null"))));
            either.setDescription(property.getDescription());
            return either;
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        if (!types.isEmpty()) {
            types.add("null");
            property.setTypes(types);
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.getEnum().add(null);
        }
        return property;
    }

    private static Class<?> rawClass(AnnotatedType type) {
        if (type.getType() instanceof Class<?> c) {
            return c;
        }
        if (type.getType() instanceof JavaType javaType) {
            return javaType.getRawClass();
        }
        try {
            return Json.mapper().constructType(type.getType()).getRawClass();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
