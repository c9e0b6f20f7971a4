package org.reliefdesk.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;

class ConstraintsTests {

    @Test
    void aDeadlockOrSerializationFailureIsContendedAndRetried() {
        assertThat(Constraints.contended(new PessimisticLockingFailureException("insert",
                new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(Constraints.contended(new PessimisticLockingFailureException("insert",
                new SQLException("could not serialize access", "40001")))).isTrue();
        assertThat(Constraints.contended(new PessimisticLockingFailureException("insert",
                new SQLException("lock not available", "55P03")))).isTrue();
    }

    @Test
    void anExclusionViolationIsNotContendedButNamesNoConstraintWithoutTheServerMessage() {
        DataIntegrityViolationException overlap = new DataIntegrityViolationException("insert",
                new SQLException("conflicting key value violates exclusion constraint", "23P01"));
        assertThat(Constraints.contended(overlap)).isFalse();
        assertThat(Constraints.exclusion(overlap)).isEqualTo("unknown");
    }

    @Test
    void otherFailuresAreNeitherRetriedNorTakenForAnOverlap() {
        DataIntegrityViolationException missing = new DataIntegrityViolationException("insert",
                new SQLException("null value in column", "23502"));
        assertThat(Constraints.contended(missing)).isFalse();
        assertThat(Constraints.exclusion(missing)).isNull();
    }
}
