package org.reliefdesk.interop.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.reliefdesk.shared.ReliefDeskSettings;

/**
 * A search's answer (and {@code $everything}'s): a searchset Bundle of the matches with their full URLs, and the
 * search as the self link when given.
 */
public final class Searchsets {

    private Searchsets() {
    }

    /** {@code search} is relative to {@code /fhir/} (e.g. {@code Consent?patient=Patient/…}), or null for no link. */
    public static Bundle of(ReliefDeskSettings settings, String search, List<? extends Resource> matches) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(matches.size());
        if (search != null) {
            bundle.addLink().setRelation("self").setUrl(base(settings) + search);
        }
        for (Resource resource : matches) {
            bundle.addEntry().setFullUrl(base(settings) + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private static String base(ReliefDeskSettings settings) {
        return settings.baseUrl().replaceAll("/+$", "") + "/fhir/";
    }
}
