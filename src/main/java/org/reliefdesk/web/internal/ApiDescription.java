package org.reliefdesk.web.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes the generated description say what the API really does (API.md "Conventions"): JSON answers are
 * {@code application/json}, errors are {@code application/problem+json} problem details with the statuses each
 * operation can answer, and every property of an answer that writes nulls out is marked present (whether it may be
 * null is {@link RecordNullability}'s part).
 */
@Component
class ApiDescription implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern REF = Pattern.compile("#/components/schemas/([A-Za-z0-9_.\\-]+)");

    /** Operations anyone may call without credentials (SecurityConfiguration's public API paths). */
    private static final Set<String> PUBLIC = Set.of("post /api/v1/register", "get /api/v1/intake/form",
            "post /api/v1/password/forgot", "post /api/v1/password/reset", "get /api/v1/therapists/{id}/calendar.ics");

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String key = method.name().toLowerCase() + " " + path;
            jsonAnswers(operation);
            errors(operation, key, method, path);
        }));
        everyPropertyPresentInAnswers(api);
    }

    /** Spring's default {@code *}/{@code *} for an answer written by Jackson is JSON. */
    private static void jsonAnswers(Operation operation) {
        for (ApiResponse response : operation.getResponses().values()) {
            Content content = response.getContent();
            if (content != null && content.containsKey("*/*")) {
                MediaType json = content.remove("*/*");
                content.addMediaType(JSON, json);
            }
        }
    }

    private static void errors(Operation operation, String key, PathItem.HttpMethod method, String path) {
        ApiResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn()));
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        Map<String, String> statuses = new LinkedHashMap<>();
        if (hasBody || hasParameters) {
            statuses.put("400", "Malformed JSON, or a query parameter of the wrong type");
        }
        if (!PUBLIC.contains(key)) {
            statuses.put("401", "No or bad credentials");
            statuses.put("403", "Signed in, but this role may not do it");
        }
        if (path.contains("{")) {
            statuses.put("404", "Unknown id, or one the caller may not see");
        }
        if (write && !PUBLIC.contains(key)) {
            statuses.put("409", "A conflict: the slot was taken, the version is stale, or the state does not allow it");
        }
        if (hasBody || hasParameters || write) {
            statuses.put("422", "Valid JSON that breaks a rule; `errors` names each field");
        }
        if (key.equals("post /api/v1/tokens") || key.equals("post /api/v1/password/forgot")) {
            statuses.put("429", "Too many attempts");
        }
        statuses.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                        .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
            }
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema fieldError = new ObjectSchema().addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        fieldError.setRequired(List.of("field", "message"));
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem details; further members (e.g. `conflicts`) where an operation says so")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldError));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    /**
     * Answers are records written out whole (nulls too), so each of their properties is always present. A schema
     * also used in a request keeps its properties optional: there an omitted property is allowed.
     */
    @SuppressWarnings("rawtypes")
    private static void everyPropertyPresentInAnswers(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> inRequests = new HashSet<>();
        Set<String> inAnswers = new HashSet<>();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values()
                        .forEach(media -> reachable(media.getSchema(), schemas, inRequests));
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null) {
                    response.getContent().values().forEach(media -> reachable(media.getSchema(), schemas, inAnswers));
                }
            });
        }));
        for (String name : inAnswers) {
            Schema schema = schemas.get(name);
            if (!inRequests.contains(name) && schema != null && schema.getProperties() != null
                    && schema.getExtensions() != null && schema.getExtensions().containsKey(RecordNullability.WRITES_NULLS)) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
        schemas.values().forEach(schema -> {
            if (schema.getExtensions() != null) {
                schema.getExtensions().remove(RecordNullability.WRITES_NULLS);
                if (schema.getExtensions().isEmpty()) {
                    schema.setExtensions(null);
                }
            }
        });
    }

    /** The component schemas {@code schema} refers to, directly or through others. */
    @SuppressWarnings("rawtypes")
    static void reachable(Schema schema, Map<String, Schema> schemas, Set<String> found) {
        if (schema == null) {
            return;
        }
        Matcher refs = REF.matcher(io.swagger.v3.core.util.Json31.pretty(schema));
        while (refs.find()) {
            String name = refs.group(1);
            if (found.add(name)) {
                reachable(schemas.get(name), schemas, found);
            }
        }
    }
}
