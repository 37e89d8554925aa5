package id.kube.ledger.account;

import java.util.List;

import id.kube.core.group.GroupId;

/** The chart of accounts every KUBE group starts with (Bahasa Indonesia names, as the treasurer reads them). */
public final class ChartTemplate {

    public record Line(String code, String name, AccountType type, AccountRole role, boolean nonNegative) {
    }

    public static final List<Line> KUBE = List.of(
            new Line("1101", "Kas", AccountType.ASSET, AccountRole.CASH, true),
            new Line("1102", "Bank", AccountType.ASSET, AccountRole.BANK, true),
            new Line("1201", "Piutang pinjaman anggota (dana bergulir)", AccountType.ASSET, AccountRole.LOANS_RECEIVABLE, true),
            new Line("1301", "Persediaan barang", AccountType.ASSET, AccountRole.INVENTORY, true),
            new Line("2101", "Simpanan sukarela anggota", AccountType.LIABILITY, AccountRole.VOLUNTARY_SAVINGS, true),
            new Line("2201", "SHU anggota belum dibayar", AccountType.LIABILITY, AccountRole.SURPLUS_PAYABLE, true),
            new Line("3101", "Modal bantuan (hibah) pemerintah", AccountType.EQUITY, AccountRole.GRANT_CAPITAL, false),
            new Line("3201", "Simpanan pokok", AccountType.EQUITY, AccountRole.PRINCIPAL_CONTRIBUTIONS, false),
            new Line("3202", "Simpanan wajib", AccountType.EQUITY, AccountRole.MANDATORY_CONTRIBUTIONS, false),
            new Line("3301", "Dana IKS (kesetiakawanan sosial)", AccountType.EQUITY, AccountRole.IKS_FUND, true),
            new Line("3401", "Cadangan", AccountType.EQUITY, AccountRole.RESERVE, false),
            new Line("3501", "SHU ditahan", AccountType.EQUITY, AccountRole.RETAINED_SURPLUS, false),
            new Line("4101", "Penjualan", AccountType.INCOME, AccountRole.SALES, false),
            new Line("4201", "Pendapatan jasa pinjaman", AccountType.INCOME, AccountRole.LOAN_FEES, false),
            new Line("4901", "Pendapatan lain-lain", AccountType.INCOME, AccountRole.OTHER_INCOME, false),
            new Line("5101", "Pembelian", AccountType.EXPENSE, AccountRole.PURCHASES, false),
            new Line("5201", "Beban operasional", AccountType.EXPENSE, AccountRole.OPERATING_EXPENSES, false),
            new Line("5301", "Beban penghapusan pinjaman", AccountType.EXPENSE, AccountRole.LOAN_WRITE_OFFS, false));

    private ChartTemplate() {
    }

    public static List<Account> forGroup(GroupId groupId) {
        return KUBE.stream()
                .map(line -> new Account(AccountId.of(groupId, line.code()), line.name(), line.type(), line.role(), line.nonNegative()))
                .toList();
    }

    public static String codeOf(AccountRole role) {
        return KUBE.stream().filter(l -> l.role() == role).findFirst().orElseThrow().code();
    }
}
