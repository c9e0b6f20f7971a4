package org.reliefdesk.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.TestData;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client with an intake, a therapist, front desk, and small helpers for plan requests. */
final class PlanApiSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final Api anonymous;
    final Api client;
    final Api therapist;
    final Api frontDesk;
    final String clientId;

    PlanApiSupport(int port) {
        anonymous = Api.anonymous(port);
        String email = TestData.uniqueEmail("plan");
        clientId = TestData.registerClient(anonymous, email);
        client = anonymous.as(email, TestData.PASSWORD);
        therapist = anonymous.as(TestData.createStaff(anonymous, "THERAPIST"), TestData.PASSWORD);
        frontDesk = anonymous.as(TestData.createStaff(anonymous, "FRONT_DESK"), TestData.PASSWORD);
    }

    Api.Response submit(Map<String, Object> intake) {
        Api.Response response = IntakeFixtures.submit(client, clientId, intake);
        if (response.status() != 201) {
            throw new IllegalStateException("intake failed: " + response);
        }
        return response;
    }

    Api.Response propose() {
        return therapist.post("/api/v1/clients/" + clientId + "/plans", Map.of("serviceCode", "MEDICAL_MASSAGE_60"));
    }

    /** Proposes a plan (201 expected) and returns it. */
    JsonNode proposed() {
        Api.Response response = propose();
        if (response.status() != 201) {
            throw new IllegalStateException("propose failed: " + response);
        }
        return response.json();
    }

    static List<Map<String, Object>> blocks(JsonNode plan) {
        return JSON.convertValue(plan.get("blocks"), new TypeReference<List<Map<String, Object>>>() { });
    }

    static Map<String, Object> edit(int version, List<Map<String, Object>> blocks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("blocks", blocks);
        return body;
    }

    static List<Map<String, Object>> change(List<Map<String, Object>> blocks, int index, String field, Object value) {
        List<Map<String, Object>> copy = new ArrayList<>();
        blocks.forEach(b -> copy.add(new LinkedHashMap<>(b)));
        copy.get(index).put(field, value);
        return copy;
    }

    static int indexOf(List<Map<String, Object>> blocks, String technique) {
        for (int i = 0; i < blocks.size(); i++) {
            if (technique.equals(blocks.get(i).get("technique"))) {
                return i;
            }
        }
        throw new IllegalStateException("no " + technique + " block");
    }

    static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = response.json().get("errors");
        for (int i = 0; errors != null && i < errors.size(); i++) {
            fields.add(errors.get(i).get("field").asString());
        }
        return fields;
    }

    String plan(String id) {
        return "/api/v1/plans/" + id;
    }

    static Map<String, Object> tensionType() {
        return IntakeFixtures.episodicTensionType();
    }

    static Map<String, Object> with(Map<String, Object> intake, String code, Object value) {
        return IntakeFixtures.with(intake, code, value);
    }
}
