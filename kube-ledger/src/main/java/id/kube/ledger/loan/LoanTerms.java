package id.kube.ledger.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import javax.money.MonetaryAmount;

import id.kube.core.money.Rupiah;
import id.kube.core.money.RupiahAmountException;
import id.kube.ledger.LedgerException;

/**
 * Terms of a revolving-fund loan: principal in whole rupiah, the service fee as a monthly percentage (e.g. 1.5)
 * on the original principal ({@link FeeMethod#FLAT}) or on the declining balance, the installment frequency and
 * count, the grace periods before the first installment, and the disbursement (or restructuring) date.
 */
public record LoanTerms(long principal, FeeMethod feeMethod, BigDecimal monthlyFeeRatePercent, Frequency frequency,
                        int installments, int gracePeriods, LocalDate startsOn) {

    public LoanTerms {
        Objects.requireNonNull(feeMethod, "fee method");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(startsOn, "start date");
        Objects.requireNonNull(monthlyFeeRatePercent, "fee rate");
        invalidUnless(principal > 0, "Pokok pinjaman harus lebih dari nol");
        invalidUnless(monthlyFeeRatePercent.signum() >= 0 && monthlyFeeRatePercent.compareTo(BigDecimal.TEN) <= 0
                && monthlyFeeRatePercent.scale() <= 4, "Jasa pinjaman harus antara 0% dan 10% per bulan (paling banyak 4 desimal)");
        invalidUnless(installments >= 1 && installments <= 260, "Jumlah angsuran harus antara 1 dan 260");
        invalidUnless(gracePeriods >= 0 && gracePeriods <= 52, "Masa tenggang harus antara 0 dan 52 periode");
    }

    public static LoanTerms of(MonetaryAmount principal, FeeMethod feeMethod, BigDecimal monthlyFeeRatePercent, Frequency frequency,
                               int installments, int gracePeriods, LocalDate disbursedOn) {
        long whole;
        try {
            whole = Rupiah.toLong(principal);
        } catch (RupiahAmountException e) {
            throw new LedgerException(e.reason() == RupiahAmountException.Reason.NOT_RUPIAH
                    ? LedgerException.Reason.NOT_RUPIAH : LedgerException.Reason.FRACTIONAL_RUPIAH, "Pokok pinjaman: " + e.getMessage());
        }
        return new LoanTerms(whole, feeMethod, monthlyFeeRatePercent, frequency, installments, gracePeriods, disbursedOn);
    }

    private static void invalidUnless(boolean condition, String message) {
        if (!condition) {
            throw new LedgerException(LedgerException.Reason.INVALID_LOAN_TERMS, message);
        }
    }
}
