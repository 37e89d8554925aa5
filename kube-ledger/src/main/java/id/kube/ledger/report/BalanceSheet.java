package id.kube.ledger.report;

import java.time.LocalDate;
import java.util.List;

import id.kube.core.group.GroupId;

/**
 * Assets, liabilities and equity at a date, all on their normal sides, with the surplus not yet closed into
 * equity (income minus expenses still in the income and expense accounts, SHU tahun berjalan).
 * {@code totalAssets() == totalLiabilities() + totalEquity() + currentSurplus()} always holds.
 */
public record BalanceSheet(GroupId groupId, LocalDate asOf, List<AccountBalance> assets, List<AccountBalance> liabilities,
                           List<AccountBalance> equity, long currentSurplus) {

    public BalanceSheet {
        assets = List.copyOf(assets);
        liabilities = List.copyOf(liabilities);
        equity = List.copyOf(equity);
    }

    public long totalAssets() {
        return assets.stream().mapToLong(AccountBalance::normal).sum();
    }

    public long totalLiabilities() {
        return liabilities.stream().mapToLong(AccountBalance::normal).sum();
    }

    public long totalEquity() {
        return equity.stream().mapToLong(AccountBalance::normal).sum();
    }
}
