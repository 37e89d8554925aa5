package id.kube.core.event;

import java.time.LocalDate;
import java.util.Objects;

import javax.money.MonetaryAmount;

import id.kube.core.group.GroupId;
import id.kube.core.money.Rupiah;

/**
 * The business continuity (BCP) checklist on a date: records backed up, alternative suppliers and markets, an
 * emergency fund and its balance (zero when there is none).
 */
public record BcpChecklist(GroupId group, LocalDate assessedOn, boolean recordsBackup, boolean alternativeSuppliers,
                           boolean alternativeMarkets, boolean emergencyFund, MonetaryAmount emergencyFundAmount) {
    public BcpChecklist {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(emergencyFundAmount, "emergencyFundAmount");
        long amount = Rupiah.toLong(emergencyFundAmount);
        EventException.check(amount >= 0, "Saldo dana darurat tidak boleh negatif");
        EventException.check(emergencyFund || amount == 0,
                "Saldo dana darurat diisi hanya bila kelompok punya dana darurat");
    }

    /** Items ticked of the four. */
    public int itemsInPlace() {
        return (recordsBackup ? 1 : 0) + (alternativeSuppliers ? 1 : 0) + (alternativeMarkets ? 1 : 0)
                + (emergencyFund ? 1 : 0);
    }
}
