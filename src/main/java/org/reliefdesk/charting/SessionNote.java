package org.reliefdesk.charting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The SOAP note of one session: what the client reported, what was found, the assessment and
 * the plan, pain before and after, the techniques actually used and any adverse reaction.
 * Signing locks it; later corrections are amendments shown beside the original.
 */
public record SessionNote(UUID id, UUID bookingId, UUID clientId, UUID authorId, String subjective,
        String objective, String assessment, String plan, int painBefore, int painAfter, Integer pressure,
        List<TechniqueUsed> techniquesUsed, String adverseReaction, String status, int version, Instant createdAt,
        Instant updatedAt, Instant signedAt, Signer signedBy, List<Amendment> amendments) {

    public static final String DRAFT = "DRAFT";
    public static final String SIGNED = "SIGNED";

    public boolean signed() {
        return signedAt != null;
    }

    /** A technique as done: minutes on an area (null for CONSULTATION) at a pressure (1–5, optional). */
    public record TechniqueUsed(String technique, String area, Integer minutes, Integer pressure) {
    }

    /** Who signed (a note or an amendment). */
    public record Signer(UUID id, String name, String role) {
    }

    /** A signed correction added after the note was signed; the original stays as it was. */
    public record Amendment(UUID id, String text, Instant signedAt, Signer signedBy) {
    }
}
