package org.reliefdesk.interop.fhir.people;

import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/** A resource's human-readable summary (the base profile's dom-6 best practice): one generated line of text. */
final class Narratives {

    private Narratives() {
    }

    static <T extends DomainResource> T summary(T resource, String text) {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addText(text);
        resource.setText(new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(div));
        return resource;
    }
}
