package org.reliefdesk.screening;

/**
 * One finding: a stable {@code code} (CLINICAL.md), severity URGENT | CLEARANCE | CAUTION | INFO,
 * the plain-language message for the client, the reason for the therapist and the source id.
 */
public record Flag(String code, String severity, String message, String therapistReason, String source) {
}
