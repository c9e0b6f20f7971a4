package org.reliefdesk.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionOperations;

/** The one retry loop: races are run again, up to a limit; anything else is passed on at once. */
class RaceRetryTests {

    final RaceRetry retry = new RaceRetry(TransactionOperations.withoutTransaction());
    final AtomicInteger calls = new AtomicInteger();

    @Test
    void aLostRaceIsRunAgainUntilItSucceeds() {
        String result = retry.run(status -> calls.incrementAndGet() < 3 ? fail("40P01") : "booked",
                RaceRetry::clientFree);

        assertThat(result).isEqualTo("booked");
        assertThat(calls).hasValue(3);
    }

    @Test
    void itGivesUpAfterTheAttemptsWithNoResult() {
        String result = retry.run(status -> {
            calls.incrementAndGet();
            return fail("40001");
        }, RaceRetry::clientFree);

        assertThat(result).isNull();
        assertThat(calls).hasValue(RaceRetry.ATTEMPTS);
    }

    @Test
    void asManyAttemptsAsAsked() {
        retry.run(1, status -> {
            calls.incrementAndGet();
            return fail("55P03");
        }, RaceRetry::again);

        assertThat(calls).hasValue(1);
    }

    @Test
    void anExclusionViolationGoesToTheHandlerWhichMayAnswerOrTryAgain() {
        List<String> seen = new ArrayList<>();
        String result = retry.run(status -> calls.incrementAndGet() < 2 ? fail("23P01") : "booked", seen::add);

        assertThat(result).isEqualTo("booked");
        assertThat(seen).containsExactly("unknown");
        assertThatThrownBy(() -> retry.run(status -> fail("23P01"), name -> {
            throw RuleViolationException.of("start", "taken: " + name);
        })).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theClientsOwnOverlapIsA422AndOtherConstraintsAreRetried() {
        assertThatThrownBy(() -> RaceRetry.clientFree("booking_client_free"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors().get(0).message())
                        .isEqualTo("The client already has a booking at that time"));
        RaceRetry.clientFree("booking_therapist_free");
    }

    @Test
    void anyOtherFailureIsPassedOnWithoutRetrying() {
        assertThatThrownBy(() -> retry.run(status -> {
            calls.incrementAndGet();
            return fail("23502");
        }, RaceRetry::again)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls).hasValue(1);

        assertThatThrownBy(() -> retry.run(status -> {
            throw new IllegalStateException("not a database failure");
        }, RaceRetry::again)).isInstanceOf(IllegalStateException.class);
    }

    private static String fail(String sqlState) {
        SQLException cause = new SQLException("failed", sqlState);
        if (sqlState.startsWith("23")) {
            throw new DataIntegrityViolationException("insert", cause);
        }
        throw new PessimisticLockingFailureException("insert", cause);
    }
}
