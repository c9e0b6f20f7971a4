package org.reliefdesk.interop.fhir.clinical;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * ReliefDesk's own code systems (stable URLs; LOINC or HL7 codes are used where one exists). An intake question's
 * answer options are the code system {@code …/CodeSystem/intake-<question code>}, so a coding in a
 * QuestionnaireResponse, a diary Observation (medication kinds, triggers) or a CarePlan (body areas) means the same.
 */
final class ProductCodes {

    static final String BASE = "https://reliefdesk.org/fhir/";
    static final String QUESTIONNAIRE = BASE + "Questionnaire/intake";
    static final String DIARY = BASE + "CodeSystem/diary";
    static final String OUTCOME = BASE + "CodeSystem/outcome";
    static final String TECHNIQUE = BASE + "CodeSystem/technique";
    static final String PLAN_PHASE = BASE + "CodeSystem/plan-phase";
    static final String SCREENING_FLAG = BASE + "CodeSystem/screening-flag";
    static final String FLAG_SEVERITY = BASE + "CodeSystem/screening-severity";
    static final String RESTRICTION = BASE + "CodeSystem/massage-restriction";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";

    private ProductCodes() {
    }

    /** The code system of an intake question's answer options, e.g. {@code …/CodeSystem/intake-headache.location}. */
    static String intakeOptions(String questionCode) {
        return BASE + "CodeSystem/intake-" + questionCode;
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display)).setText(display);
    }
}
