package org.reliefdesk.interop.fhir;

import java.util.Comparator;
import java.util.Date;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.Narrative;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /fhir/metadata} (public): the CapabilityStatement, built from the {@link ServedResource} beans so it
 * lists exactly the types, interactions, search parameters and operations that are served.
 */
@RestController
@FhirEndpoint
class MetadataEndpoint {

    static final String SECURITY = "HTTP Basic with a user's email and password, or Authorization: Bearer with a "
            + "personal API token (POST /api/v1/tokens); only this statement is public";

    private final ObjectProvider<ServedResource> served;
    private final FhirResponses responses;
    private final ReliefDeskSettings settings;
    private final Date started = new Date();

    MetadataEndpoint(ObjectProvider<ServedResource> served, FhirResponses responses, ReliefDeskSettings settings) {
        this.served = served;
        this.responses = responses;
        this.settings = settings;
    }

    @GetMapping("/fhir/metadata")
    ResponseEntity<String> metadata() {
        return responses.ok(statement());
    }

    CapabilityStatement statement() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE).setDate(started).setKind(CapabilityStatementKind.INSTANCE)
                .setFhirVersion(FHIRVersion._4_0_1).addFormat("json").addFormat("application/fhir+json");
        statement.setPublisher("ReliefDesk").getSoftware().setName("ReliefDesk");
        statement.getText().setStatus(Narrative.NarrativeStatus.GENERATED)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">ReliefDesk FHIR R4 server</div>");
        statement.getImplementation().setDescription("ReliefDesk FHIR R4 server")
                .setUrl(settings.baseUrl() + "/fhir");
        CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity().setDescription(SECURITY).addService().setText("HTTP Basic or Bearer token")
                .addCoding().setSystem("http://terminology.hl7.org/CodeSystem/restful-security-service")
                .setCode("Basic");
        served.stream().sorted(Comparator.comparing(ServedResource::resourceType))
                .forEach(resource -> rest.addResource(resource(resource)));
        return statement;
    }

    private static CapabilityStatementRestResourceComponent resource(ServedResource served) {
        CapabilityStatementRestResourceComponent resource = new CapabilityStatementRestResourceComponent()
                .setType(served.resourceType());
        if (served.read()) {
            resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        }
        if (!served.searchParameters().isEmpty()) {
            resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        }
        for (String name : served.searchParameters()) {
            resource.addSearchParam().setName(name).setType(type(name));
        }
        for (String operation : served.operations()) {
            resource.addOperation().setName(operation)
                    .setDefinition("http://hl7.org/fhir/OperationDefinition/" + served.resourceType() + "-" + operation);
        }
        return resource;
    }

    /** A patient or subject is a reference; the other parameters a server may add (_id, code, date) by name. */
    private static SearchParamType type(String name) {
        return switch (name) {
            case "patient", "subject", "performer", "based-on" -> SearchParamType.REFERENCE;
            case "date", "authored" -> SearchParamType.DATE;
            default -> SearchParamType.TOKEN;
        };
    }
}
