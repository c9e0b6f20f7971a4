package org.reliefdesk.support;

import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One signed-in person per role for page slices ({@link PageSliceTest}), as the accounts module's sign-in makes them:
 * a {@link ReliefDeskUser} principal with {@code ROLE_<role>}, so {@code @AuthenticationPrincipal}, the role rules and
 * the navigation see exactly what they see in production. Fixed ids, so tests can stub {@code access.self(CLIENT)}.
 */
public final class SignedIn {

    public static final ReliefDeskUser CLIENT = person(Role.CLIENT, "11111111-1111-1111-1111-111111111111",
            "casey@slice.test", "Casey Client");
    public static final ReliefDeskUser THERAPIST = person(Role.THERAPIST, "22222222-2222-2222-2222-222222222222",
            "tara@slice.test", "Tara Therapist");
    public static final ReliefDeskUser FRONT_DESK = person(Role.FRONT_DESK, "33333333-3333-3333-3333-333333333333",
            "frank@slice.test", "Frank Desk");
    public static final ReliefDeskUser ADMIN = person(Role.ADMIN, "44444444-4444-4444-4444-444444444444",
            "ada@slice.test", "Ada Admin");

    private SignedIn() {
    }

    public static RequestPostProcessor client() {
        return as(CLIENT);
    }

    public static RequestPostProcessor therapist() {
        return as(THERAPIST);
    }

    public static RequestPostProcessor frontDesk() {
        return as(FRONT_DESK);
    }

    public static RequestPostProcessor admin() {
        return as(ADMIN);
    }

    /** The request runs as this person (any role, a chosen language: {@link #person}). */
    public static RequestPostProcessor as(ReliefDeskUser user) {
        return SecurityMockMvcRequestPostProcessors.user(user);
    }

    /** The person of {@code role} (the one above) with a preferred language ("es") or null. */
    public static ReliefDeskUser speaking(Role role, String language) {
        ReliefDeskUser base = switch (role) {
            case CLIENT -> CLIENT;
            case THERAPIST -> THERAPIST;
            case FRONT_DESK -> FRONT_DESK;
            case ADMIN -> ADMIN;
        };
        return new ReliefDeskUser(base.id(), base.email(), base.fullName(), role, null, true, false, language);
    }

    private static ReliefDeskUser person(Role role, String id, String email, String fullName) {
        return new ReliefDeskUser(UUID.fromString(id), email, fullName, role, null);
    }
}
