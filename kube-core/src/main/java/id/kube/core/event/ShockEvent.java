package id.kube.core.event;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;

/**
 * A disaster or shock, how the group coped, and the members it hit (each helped on a date and how, or not yet).
 *
 * @param coping how the group coped (may say "belum ada tindakan", never blank)
 */
public record ShockEvent(GroupId group, LocalDate occurredOn, ShockKind kind, String description, String coping,
                         List<MemberHit> membersHit) {

    /** A member hit by the shock; {@code helpedOn} and {@code help} come together, on or after the shock. */
    public record MemberHit(MemberId member, @Nullable LocalDate helpedOn, @Nullable HelpKind help) {
        public MemberHit {
            Objects.requireNonNull(member, "member");
            EventException.check((helpedOn == null) == (help == null),
                    "Tanggal bantuan dan jenis bantuan diisi bersama");
        }

        public static MemberHit notYetHelped(MemberId member) {
            return new MemberHit(member, null, null);
        }
    }

    public ShockEvent {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(kind, "kind");
        description = EventException.text(description, "Uraian kejadian", 2000);
        coping = EventException.text(coping, "Cara kelompok menghadapi kejadian", 2000);
        membersHit = List.copyOf(membersHit);
        Set<MemberId> seen = new HashSet<>();
        for (MemberHit h : membersHit) {
            EventException.check(seen.add(h.member()), "Anggota " + h.member().value() + " disebut dua kali");
            EventException.check(h.helpedOn() == null || !h.helpedOn().isBefore(occurredOn),
                    "Bantuan (" + h.helpedOn() + ") tidak dapat mendahului kejadian (" + occurredOn + ")");
        }
    }
}
