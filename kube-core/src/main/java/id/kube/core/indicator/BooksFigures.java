package id.kube.core.indicator;

import id.kube.core.group.GroupId;

/**
 * Port through which indicators read a group's books. kube-ledger implements it (kube-core cannot depend on
 * the ledger); a figure the books cannot give is reported missing with a reason, never as zero.
 */
@FunctionalInterface
public interface BooksFigures {

    /** The books figures of a group for a period, counting only entries booked on or before the as-of date. */
    BooksPeriodFigures figures(GroupId group, Period period, AsOf asOf);

    /** A port for deployments without books (e.g. survey-only research sites): every figure missing. */
    static BooksFigures unavailable() {
        return (group, period, asOf) -> BooksPeriodFigures.builder(group, period, asOf).build();
    }
}
