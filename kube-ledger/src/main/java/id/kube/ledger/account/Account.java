package id.kube.ledger.account;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One account of a group's chart. {@code nonNegative} accounts (cash, bank, loans receivable, members'
 * savings, the IKS fund) can never go below zero on their normal side; the database enforces it too.
 */
public record Account(AccountId id, String name, AccountType type, @Nullable AccountRole role, boolean nonNegative) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("account name must be 1..120 characters");
        }
    }

    public String code() {
        return id.code();
    }
}
