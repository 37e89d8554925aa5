package id.kube.core.group;

import java.util.Objects;

/** The group's bank account (usually opened to receive the stimulus grant). */
public record BankAccount(String bankName, String accountNumber, String holderName) {

    public BankAccount {
        Objects.requireNonNull(bankName, "bank");
        Objects.requireNonNull(accountNumber, "account number");
        Objects.requireNonNull(holderName, "holder");
        bankName = bankName.strip();
        accountNumber = accountNumber.strip().replaceAll("[\\s.-]", "");
        holderName = holderName.strip();
        if (bankName.isEmpty() || bankName.length() > 100 || holderName.isEmpty() || holderName.length() > 200) {
            throw new GroupRuleException(GroupRuleException.Reason.PROFILE_INVALID,
                    "Nama bank dan nama pemilik rekening harus diisi");
        }
        if (!accountNumber.matches("[0-9]{5,20}")) {
            throw new GroupRuleException(GroupRuleException.Reason.PROFILE_INVALID,
                    "Nomor rekening tidak sah: 5–20 angka");
        }
    }
}
