package org.reliefdesk.billing.reports;

import java.time.Clock;
import java.time.LocalDate;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.shared.DayRange;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money reports, for the API and the pages alike: checks the caller (takings and balances: ADMIN and FRONT_DESK;
 * revenue: ADMIN; anyone else 403) and the parameters (422 naming each bad one, with any the caller found already in
 * {@code errors}), then reads. Days are the practice's local days ("today" in its zone).
 */
@Component
class MoneyReports {

    private final TakingsQueries takings;
    private final RevenueQueries revenue;
    private final BalancesQueries balances;
    private final Practice practice;
    private final Clock clock;

    MoneyReports(TakingsQueries takings, RevenueQueries revenue, BalancesQueries balances, Practice practice,
            Clock clock) {
        this.takings = takings;
        this.revenue = revenue;
        this.balances = balances;
        this.practice = practice;
        this.clock = clock;
    }

    /** The day's takings; a missing {@code date} is today. */
    @Transactional(readOnly = true)
    TakingsReport takings(ReliefDeskUser user, String date, FieldErrors errors) {
        deskOrAdmin(user, "the day's takings");
        LocalDate day = DayRange.day(date, "date", today(), errors);
        errors.throwIfAny();
        return takings.day(day, practice.currency());
    }

    @Transactional(readOnly = true)
    RevenueReport revenue(ReliefDeskUser user, String from, String to, FieldErrors errors) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator may see the revenue report");
        }
        DayRange range = DayRange.parse(from, to, errors);
        errors.throwIfAny();
        return revenue.range(range.from(), range.to(), practice.currency());
    }

    /** One page of the clients who owe; {@code paging} null: all of them (the CSV). */
    @Transactional(readOnly = true)
    BalancesReport balances(ReliefDeskUser user, PageParams paging, FieldErrors errors) {
        deskOrAdmin(user, "the clients' balances");
        errors.throwIfAny();
        return balances.owing(paging, practice.currency());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static boolean mayClose(ReliefDeskUser user) {
        return user.isAdmin() || user.role() == Role.FRONT_DESK;
    }

    private static void deskOrAdmin(ReliefDeskUser user, String what) {
        if (!mayClose(user)) {
            throw new ForbiddenException("Only the front desk or an administrator may see " + what);
        }
    }
}
