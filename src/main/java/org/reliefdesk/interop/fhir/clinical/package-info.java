/**
 * The clinical part of the client's record as FHIR R4: the intake form as a Questionnaire and each submitted intake
 * as a QuestionnaireResponse, accepted plans as CarePlans, diary days and MIDAS scores as Observations and the
 * screening's flags and restrictions as Flags. Code systems and mapping choices: docs/decisions.md.
 */
package org.reliefdesk.interop.fhir.clinical;
