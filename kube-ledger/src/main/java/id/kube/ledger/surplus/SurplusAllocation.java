package id.kube.ledger.surplus;

import java.util.List;
import java.util.Map;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.journal.PostedEntry;

/**
 * A year's surplus and its parts. {@code reserve + iks + Σ byCapital + Σ byParticipation == surplus}, exactly.
 */
public record SurplusAllocation(GroupId groupId, int year, long surplus, long reserve, long iks,
                                Map<MemberId, Long> byCapital, Map<MemberId, Long> byParticipation, List<PostedEntry> entries) {

    public SurplusAllocation {
        byCapital = Map.copyOf(byCapital);
        byParticipation = Map.copyOf(byParticipation);
        entries = List.copyOf(entries);
    }

    public long memberShare(MemberId member) {
        return byCapital.getOrDefault(member, 0L) + byParticipation.getOrDefault(member, 0L);
    }

    public long totalOfParts() {
        return reserve + iks + byCapital.values().stream().mapToLong(Long::longValue).sum()
                + byParticipation.values().stream().mapToLong(Long::longValue).sum();
    }
}
