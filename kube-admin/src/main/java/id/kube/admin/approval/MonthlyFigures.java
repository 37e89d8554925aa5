package id.kube.admin.approval;

/**
 * A group's month in whole rupiah, as the monthly report shows it: cash and bank at the start and end of the
 * month, the income statement's totals, the members' contributions (principal and mandatory, net of
 * reversals), revolving-fund loans disbursed and repaid (principal), loans outstanding and the arrears at month end,
 * and the IKS fund's movements and balance. Two reports with equal figures describe the same books.
 */
public record MonthlyFigures(long openingCash, long closingCash, long openingBank, long closingBank,
                             long totalIncome, long totalExpenses, long contributions,
                             long loansDisbursed, long loansRepaid, long loansOutstanding,
                             long arrearsOverdue, long atRiskOver30,
                             long iksIn, long iksOut, long iksBalance) {

    public MonthlyFigures {
        if (loansDisbursed < 0 || loansRepaid < 0 || loansOutstanding < 0 || arrearsOverdue < 0 || atRiskOver30 < 0) {
            throw new IllegalArgumentException("loan figures are never negative");
        }
    }

    /** Income minus expenses of the month (negative: a loss). */
    public long surplus() {
        return totalIncome - totalExpenses;
    }

    /** Nothing happened in the books: no balances, no movements. */
    public static MonthlyFigures empty() {
        return new MonthlyFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
