package id.kube.ledger.account;

import java.util.Objects;

import id.kube.core.group.GroupId;

/** An account of one group's chart, e.g. {@code 1101} (Kas) of a group. */
public record AccountId(GroupId groupId, String code) {

    public AccountId {
        Objects.requireNonNull(groupId, "group");
        Objects.requireNonNull(code, "code");
        if (!code.matches("[0-9A-Za-z.-]{1,20}")) {
            throw new IllegalArgumentException("account code must be 1..20 letters, digits, '.' or '-': " + code);
        }
    }

    public static AccountId of(GroupId groupId, String code) {
        return new AccountId(groupId, code);
    }

    @Override
    public String toString() {
        return code + "@" + groupId;
    }
}
