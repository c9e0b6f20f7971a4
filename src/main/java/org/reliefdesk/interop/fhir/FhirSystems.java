package org.reliefdesk.interop.fhir;

import java.util.Locale;

/**
 * The product's own identifier systems and code systems: one stable scheme under {@code https://reliefdesk.org/fhir/}
 * ({@code sid/…} for identifiers, {@code CodeSystem/…} for codes), the same for every practice (docs/decisions.md).
 */
public final class FhirSystems {

    public static final String BASE = "https://reliefdesk.org/fhir/";
    /** A client's id ({@code Patient.identifier}). */
    public static final String CLIENT_ID = BASE + "sid/client-id";
    /** A therapist's id ({@code Practitioner.identifier}). */
    public static final String THERAPIST_ID = BASE + "sid/therapist-id";
    /** The services a practice books ({@code MEDICAL_MASSAGE_60}). */
    public static final String SERVICE = BASE + "CodeSystem/service";
    /** Why a booking was cancelled ({@code CLIENT_REQUEST}, {@code HOLD_EXPIRED}, …). */
    public static final String CANCEL_REASON = BASE + "CodeSystem/cancel-reason";
    /** The wording a client agreed to at intake ({@code policy.uri} of a Consent). */
    public static final String INTAKE_CONSENT_POLICY = BASE + "policy/intake-consent";

    private FhirSystems() {
    }

    /** The product's code system {@code name}: {@code https://reliefdesk.org/fhir/CodeSystem/<name>}. */
    public static String codeSystem(String name) {
        return BASE + "CodeSystem/" + name;
    }

    /** A licence number's system, naming the region that issued it: {@code …/sid/licence/<region, lower-case>}. */
    public static String licence(String region) {
        String slug = region == null ? "" : region.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return BASE + "sid/licence/" + (slug.isEmpty() ? "unknown" : slug);
    }
}
