package id.kube.core.support;

import java.time.LocalDate;
import java.util.Objects;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;

/** A facilitator's referral of a member family to a service, made on a date. */
public record Referral(GroupId group, MemberId member, BasicService service, LocalDate referredOn) {
    public Referral {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(referredOn, "referredOn");
    }
}
