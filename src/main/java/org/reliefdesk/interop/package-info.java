/**
 * Interoperability and the client's own record: FHIR R4 under {@code /fhir}, the physician's progress report,
 * the client's export, access log and account closure (API.md "Interoperability and the client's own record").
 */
package org.reliefdesk.interop;
