package id.kube.core.support;

import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.MEMBER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

import org.jooq.DSLContext;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;

/** The checks every record of this feature shares: the group exists, dates are not in the future, members belong. */
final class GroupFacts {

    /** Indonesia's western time: a date entered by a user is a WIB date. */
    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private GroupFacts() {
    }

    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** End of the as-of day in WIB: rows recorded before it were known on that day. */
    static OffsetDateTime knownBy(LocalDate asOf) {
        return asOf.plusDays(1).atStartOfDay().atOffset(WIB);
    }

    static void notInFuture(Clock clock, LocalDate date, String what) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), WIB);
        if (date.isAfter(today)) {
            throw new SupportException(SupportException.Reason.DATE_IN_FUTURE,
                    "Tanggal " + what + " " + date + " belum terjadi");
        }
    }

    static void groupExists(DSLContext tx, GroupId group) {
        if (!tx.fetchExists(KUBE_GROUP, KUBE_GROUP.ID.eq(group.value()))) {
            throw new SupportException(SupportException.Reason.UNKNOWN_GROUP, "Kelompok tidak ditemukan");
        }
    }

    /** Every member belongs to the group on the date (joined on or before it, not yet left). */
    static void membersOn(DSLContext tx, GroupId group, Collection<MemberId> members, LocalDate on) {
        for (MemberId m : members) {
            UUID id = m.value();
            boolean member = tx.fetchExists(MEMBER, MEMBER.ID.eq(id), MEMBER.GROUP_ID.eq(group.value()),
                    MEMBER.JOINED_ON.le(on), MEMBER.LEFT_ON.isNull().or(MEMBER.LEFT_ON.gt(on)));
            if (!member) {
                throw new SupportException(SupportException.Reason.MEMBER_NOT_IN_GROUP,
                        "Anggota " + id + " bukan anggota kelompok ini pada " + on);
            }
        }
    }
}
