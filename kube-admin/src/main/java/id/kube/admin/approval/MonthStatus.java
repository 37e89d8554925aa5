package id.kube.admin.approval;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;

/**
 * A group's month in the workflow: its state, the figures as submitted (none before the first submission) and
 * the history of steps, oldest first.
 */
public record MonthStatus(GroupId group, YearMonth month, ReportState state, @Nullable MonthlyFigures submitted,
                          List<ReportEvent> history) {

    public MonthStatus {
        history = List.copyOf(history);
    }

    /** The last comment someone left (e.g. why it was sent back), if any. */
    public @Nullable ReportEvent lastComment() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).comment() != null) {
                return history.get(i);
            }
        }
        return null;
    }
}
