package id.kube.ledger.journal;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;

/**
 * The result of verifying a group's hash chain: how many entries were checked and, if the chain is broken, the
 * first entry whose stored content or link does not match (with what is wrong).
 */
public record ChainVerification(GroupId groupId, long entriesChecked, @Nullable Long firstBrokenEntryNo, @Nullable String problem) {

    public boolean intact() {
        return firstBrokenEntryNo == null && problem == null;
    }
}
