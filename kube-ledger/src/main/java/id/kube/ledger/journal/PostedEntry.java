package id.kube.ledger.journal;

import java.time.Instant;

import id.kube.core.group.GroupId;

/**
 * The result of posting: the entry's number in its group's journal. {@code replayed} is true when the
 * idempotency key had already been posted with the same content and this is that first result again.
 */
public record PostedEntry(GroupId groupId, long entryNo, String idempotencyKey, Instant bookedAt, boolean replayed) {
}
