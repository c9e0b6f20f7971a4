/**
 * FHIR R4 for the people and the bookings of a client's record: Patient, Practitioner, Appointment and Consent,
 * {@code Patient/$everything}, each as a {@link org.reliefdesk.interop.fhir.PatientSection} and a
 * {@link org.reliefdesk.interop.fhir.ServedResource} endpoint (API.md "Interoperability and the client's own record").
 */
package org.reliefdesk.interop.fhir.people;
