package id.kube.ledger.check;

import java.util.List;

/** What the invariant checker found; clean when there are no violations. */
public record InvariantReport(long groupsChecked, long entriesChecked, List<String> violations) {

    public InvariantReport {
        violations = List.copyOf(violations);
    }

    public boolean clean() {
        return violations.isEmpty();
    }
}
