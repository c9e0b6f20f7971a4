package org.reliefdesk.scheduling.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The ids of a scheduling request: the same field errors wherever they are typed. */
@IntegrationTest
class RequestResolverTests {

    static final ReliefDeskUser DESK = user(Role.FRONT_DESK);

    @Autowired
    RequestResolver resolver;

    @Test
    void absentIdsAreRequired() {
        FieldErrors errors = new FieldErrors();
        assertThat(resolver.client(DESK, null, errors)).isNull();
        assertThat(resolver.location(null, errors)).isNull();
        assertThat(resolver.service(null, errors)).isNull();
        assertThat(resolver.therapist(null, errors)).isNull();

        assertThat(errorsOf(errors)).containsExactly(new FieldError("clientId", "is required"),
                new FieldError("locationId", "is required"), new FieldError("serviceCode", "is required"));
    }

    @Test
    void unknownOrMalformedIdsAreNamedAsUnknown() {
        FieldErrors errors = new FieldErrors();
        resolver.client(DESK, UUID.randomUUID().toString(), errors);
        resolver.location("not-a-uuid", errors);
        resolver.service("NO_SUCH_SERVICE", errors);
        resolver.therapist(UUID.randomUUID().toString(), errors);

        assertThat(errorsOf(errors)).containsExactly(new FieldError("clientId", "is not a known client"),
                new FieldError("locationId", "is not a known location"),
                new FieldError("serviceCode", "is not a bookable service"),
                new FieldError("therapistId", "is not a known therapist"));
    }

    @Test
    void aClientWithoutAProfileOrNamingAnotherClientIsNotFound() {
        ReliefDeskUser stranger = user(Role.CLIENT);

        assertThatThrownBy(() -> resolver.client(stranger, null, new FieldErrors()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resolver.client(stranger, UUID.randomUUID().toString(), new FieldErrors()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTherapistDoesNotBookForClients() {
        assertThatThrownBy(() -> resolver.client(user(Role.THERAPIST), null, new FieldErrors()))
                .isInstanceOf(ForbiddenException.class).hasMessage("Front desk and administrators book for clients");
    }

    private static java.util.List<FieldError> errorsOf(FieldErrors errors) {
        try {
            errors.throwIfAny();
            return java.util.List.of();
        } catch (RuleViolationException e) {
            return e.errors();
        }
    }

    private static ReliefDeskUser user(Role role) {
        return new ReliefDeskUser(UUID.randomUUID(), role.name().toLowerCase() + "@example.org", "A " + role, role,
                null);
    }
}
