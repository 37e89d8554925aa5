package id.kube.core.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.kube.core.indicator.IndicatorValue.Measured;

/**
 * The indicator formulas, pure and exact: inputs are whole counts and whole rupiah; the only rounding is the
 * final division, half-even to the unit's scale ({@link Unit#scale()}), and it is stated in the codebook.
 * A zero denominator gives {@link MissingReason#ZERO_DENOMINATOR}, never 0. Negative counts, and numerators
 * larger than their denominators where that cannot happen, are refused with {@link IndicatorException}.
 */
public final class IndicatorFormulas {

    private IndicatorFormulas() {
    }

    // ---- generic shapes -------------------------------------------------------------------------------------

    /** numerator ÷ denominator, numerator may not exceed the denominator. */
    public static IndicatorValue share(IndicatorDefinition d, long numerator, long denominator, int families) {
        requireNonNegative(d, numerator, denominator);
        if (numerator > denominator) {
            throw new IndicatorException(IndicatorException.Reason.NUMERATOR_EXCEEDS_DENOMINATOR,
                    "Indikator " + d.id() + ": pembilang " + numerator + " melebihi penyebut " + denominator);
        }
        return divide(d, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), families);
    }

    /** numerator ÷ denominator capped at 1 (extra meetings or early repayments do not count twice). */
    public static IndicatorValue cappedShare(IndicatorDefinition d, long numerator, long denominator, int families) {
        requireNonNegative(d, numerator, denominator);
        return share(d, Math.min(numerator, denominator), denominator, families);
    }

    /** numerator ÷ denominator, any sign of numerator allowed (margins, multiples); denominator ≥ 0. */
    public static IndicatorValue quotient(IndicatorDefinition d, long numerator, long denominator, int families) {
        requireNonNegative(d, 0, denominator);
        return divide(d, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), families);
    }

    private static IndicatorValue divide(IndicatorDefinition d, BigDecimal num, BigDecimal den, int families) {
        if (den.signum() == 0) {
            return IndicatorValue.missing(MissingReason.ZERO_DENOMINATOR);
        }
        return new Measured(num.divide(den, d.unit().scale(), RoundingMode.HALF_EVEN), num, den, families);
    }

    private static void requireNonNegative(IndicatorDefinition d, long... values) {
        for (long v : values) {
            if (v < 0) {
                throw new IndicatorException(IndicatorException.Reason.NEGATIVE_INPUT,
                        "Indikator " + d.id() + ": masukan tidak boleh negatif (" + v + ")");
            }
        }
    }

    // ---- 1. solidarity --------------------------------------------------------------------------------------

    public static IndicatorValue meetingRegularity(long held, long scheduled, int families) {
        return cappedShare(Indicators.MEETING_REGULARITY, held, scheduled, families);
    }

    /** @param memberMeetings Σ over meetings held of the members active on the meeting date */
    public static IndicatorValue attendance(long present, long memberMeetings, int families) {
        return share(Indicators.ATTENDANCE, present, memberMeetings, families);
    }

    public static IndicatorValue iksParticipation(long membersWhoPaid, long activeMembers) {
        return share(Indicators.IKS_PARTICIPATION, membersWhoPaid, activeMembers, (int) activeMembers);
    }

    public static IndicatorValue iksMutualAid(long paidOutRupiah, long collectedRupiah, int families) {
        requireNonNegative(Indicators.IKS_MUTUAL_AID, paidOutRupiah);
        return quotient(Indicators.IKS_MUTUAL_AID, paidOutRupiah, collectedRupiah, families);
    }

    public static IndicatorValue memberRetention(long stillActive, long activeAtStart) {
        return share(Indicators.MEMBER_RETENTION, stillActive, activeAtStart, (int) activeAtStart);
    }

    public static IndicatorValue contributionCompliance(long paidRupiah, long dueRupiah, int families) {
        return cappedShare(Indicators.CONTRIBUTION_COMPLIANCE, paidRupiah, dueRupiah, families);
    }

    // ---- 2. income ------------------------------------------------------------------------------------------

    /** One household's monthly income at baseline and at the latest follow-up; baseline null when none. */
    public record IncomePair(@Nullable Long baselineRupiah, long currentRupiah) {
    }

    public static IndicatorValue medianIncomeChange(List<IncomePair> households) {
        long[] changes = households.stream()
                .filter(h -> h.baselineRupiah() != null)
                .mapToLong(h -> h.currentRupiah() - h.baselineRupiah())
                .sorted()
                .toArray();
        if (changes.length == 0) {
            return IndicatorValue.missing(households.isEmpty() ? MissingReason.NO_DATA : MissingReason.NO_BASELINE);
        }
        return Measured.of(median(changes), changes.length);
    }

    /** Median of sorted values; for an even count the mean of the two middle ones, half-even to whole units. */
    static BigDecimal median(long[] sorted) {
        int n = sorted.length;
        if (n % 2 == 1) {
            return BigDecimal.valueOf(sorted[n / 2]);
        }
        return BigDecimal.valueOf(sorted[n / 2 - 1]).add(BigDecimal.valueOf(sorted[n / 2]))
                .divide(BigDecimal.TWO, 0, RoundingMode.HALF_EVEN);
    }

    /** One household: monthly income, household size, and the poverty line (per capita per month) it faces. */
    public record HouseholdAgainstLine(long monthlyIncomeRupiah, int householdSize, @Nullable Long lineRupiah) {
    }

    public static IndicatorValue abovePovertyLine(List<HouseholdAgainstLine> households) {
        if (households.isEmpty()) {
            return IndicatorValue.missing(MissingReason.NO_DATA);
        }
        long above = 0;
        for (HouseholdAgainstLine h : households) {
            if (h.lineRupiah() == null) {
                return IndicatorValue.missing(MissingReason.NO_POVERTY_LINE);
            }
            if (h.householdSize() < 1) {
                throw new IndicatorException(IndicatorException.Reason.NEGATIVE_INPUT,
                        "Jumlah anggota rumah tangga harus ≥ 1, bukan " + h.householdSize());
            }
            // income / size >= line  ⇔  income >= line × size (exact, no division)
            if (h.monthlyIncomeRupiah() >= Math.multiplyExact(h.lineRupiah(), h.householdSize())) {
                above++;
            }
        }
        return share(Indicators.ABOVE_POVERTY_LINE, above, households.size(), households.size());
    }

    public static IndicatorValue shuPerMember(long shuPaidRupiah, long activeMembers) {
        requireNonNegative(Indicators.SHU_PER_MEMBER, shuPaidRupiah);
        return quotient(Indicators.SHU_PER_MEMBER, shuPaidRupiah, activeMembers, (int) activeMembers);
    }

    public static IndicatorValue kubeIncomeShare(long kubeIncomeRupiah, long householdIncomeRupiah, int households) {
        return share(Indicators.KUBE_INCOME_SHARE, kubeIncomeRupiah, householdIncomeRupiah, households);
    }

    // ---- 3. business independence ---------------------------------------------------------------------------

    public static IndicatorValue capitalMultiple(long equityRupiah, long stimulusRupiah, int families) {
        return quotient(Indicators.CAPITAL_MULTIPLE, equityRupiah, stimulusRupiah, families);
    }

    /** Negative equity leaves the share undefined (missing), not negative. */
    public static IndicatorValue selfFundedShare(long ownCapitalRupiah, long equityRupiah, int families) {
        if (equityRupiah <= 0) {
            return IndicatorValue.missing(MissingReason.ZERO_DENOMINATOR);
        }
        long own = Math.max(0, Math.min(ownCapitalRupiah, equityRupiah));
        return share(Indicators.SELF_FUNDED_SHARE, own, equityRupiah, families);
    }

    public static IndicatorValue activeMonths(long monthsWithRevenue, long monthsSinceGrant, int families) {
        return share(Indicators.ACTIVE_MONTHS, monthsWithRevenue, monthsSinceGrant, families);
    }

    public static IndicatorValue profitMargin(long revenueRupiah, long expensesRupiah, int families) {
        requireNonNegative(Indicators.PROFIT_MARGIN, revenueRupiah, expensesRupiah);
        return quotient(Indicators.PROFIT_MARGIN, revenueRupiah - expensesRupiah, revenueRupiah, families);
    }

    public static IndicatorValue par30(long outstandingOver30Rupiah, long outstandingRupiah, int families) {
        return share(Indicators.PAR30, outstandingOver30Rupiah, outstandingRupiah, families);
    }

    public static IndicatorValue repaymentRate(long repaidRupiah, long dueRupiah, int families) {
        return cappedShare(Indicators.REPAYMENT_RATE, repaidRupiah, dueRupiah, families);
    }

    public static IndicatorValue digitalAdoption(boolean sellsOnline, boolean takesDigitalPayments, int families) {
        return share(Indicators.DIGITAL_ADOPTION, (sellsOnline ? 1 : 0) + (takesDigitalPayments ? 1 : 0), 2,
                families);
    }

    public static IndicatorValue booksOnTime(long monthsClosedOnTime, long monthsInPeriod, int families) {
        return share(Indicators.BOOKS_ON_TIME, monthsClosedOnTime, monthsInPeriod, families);
    }

    public static IndicatorValue cashCountAgreement(long countsAgreeing, long counts, int families) {
        return share(Indicators.CASH_COUNT_AGREEMENT, countsAgreeing, counts, families);
    }

    // ---- 4. access (households meeting the condition ÷ households it applies to) ---------------------------

    public static IndicatorValue householdShare(IndicatorDefinition d, long households, long surveyed) {
        if (d.source() != DataSource.HOUSEHOLD_SURVEY) {
            throw new IndicatorException(IndicatorException.Reason.INVALID_DEFINITION,
                    "Indikator " + d.id() + " bukan indikator survei rumah tangga");
        }
        if (surveyed == 0) {
            return IndicatorValue.missing(MissingReason.NO_DATA);
        }
        return share(d, households, surveyed, (int) surveyed);
    }

    public static IndicatorValue referralsCompleted(long completed, long made, int families) {
        return share(Indicators.REFERRALS_COMPLETED, completed, made, families);
    }

    // ---- 5. concern -----------------------------------------------------------------------------------------

    public static IndicatorValue externalSupport(long supportRupiah, long stimulusRupiah, int families) {
        requireNonNegative(Indicators.EXTERNAL_SUPPORT, supportRupiah);
        return quotient(Indicators.EXTERNAL_SUPPORT, supportRupiah, stimulusRupiah, families);
    }

    public static IndicatorValue count(IndicatorDefinition d, long count, int families) {
        if (d.unit() != Unit.COUNT) {
            throw new IndicatorException(IndicatorException.Reason.INVALID_DEFINITION,
                    "Indikator " + d.id() + " bukan hitungan");
        }
        requireNonNegative(d, count);
        return Measured.of(BigDecimal.valueOf(count), families);
    }

    // ---- 6. resilience --------------------------------------------------------------------------------------

    public static IndicatorValue shockResponse(long helpedWithin30Days, long membersHit, int families) {
        return share(Indicators.SHOCK_RESPONSE, helpedWithin30Days, membersHit, families);
    }

    /** (IKS balance + emergency fund) ÷ (active members × poverty line per month); line null when unknown. */
    public static IndicatorValue bufferMonths(long iksBalanceRupiah, long emergencyFundRupiah, long activeMembers,
                                              @Nullable Long povertyLineRupiah) {
        if (povertyLineRupiah == null) {
            return IndicatorValue.missing(MissingReason.NO_POVERTY_LINE);
        }
        requireNonNegative(Indicators.BUFFER_MONTHS, activeMembers, povertyLineRupiah);
        long buffer = Math.addExact(Math.max(0, iksBalanceRupiah), Math.max(0, emergencyFundRupiah));
        return quotient(Indicators.BUFFER_MONTHS, buffer, Math.multiplyExact(activeMembers, povertyLineRupiah),
                (int) activeMembers);
    }

    /**
     * 1 when the group was still active (or had graduated) {@code months} after its formation, 0 when it had
     * been dissolved before, missing while it is younger than that at the cut-off date.
     */
    public static IndicatorValue survival(int months, LocalDate formed, @Nullable LocalDate dissolved,
                                          LocalDate cutOff, int families) {
        IndicatorDefinition d = switch (months) {
            case 12 -> Indicators.SURVIVAL_12;
            case 24 -> Indicators.SURVIVAL_24;
            case 36 -> Indicators.SURVIVAL_36;
            default -> throw new IndicatorException(IndicatorException.Reason.UNKNOWN_INDICATOR,
                    "Ketahanan kelompok hanya diukur pada 12, 24 atau 36 bulan, bukan " + months);
        };
        LocalDate mark = formed.plusMonths(months);
        boolean dissolvedBeforeMark = dissolved != null && dissolved.isBefore(mark) && !dissolved.isAfter(cutOff);
        if (dissolvedBeforeMark) {
            return share(d, 0, 1, families);
        }
        if (mark.isAfter(cutOff)) {
            return IndicatorValue.missing(MissingReason.NOT_YET_OBSERVABLE);
        }
        return share(d, 1, 1, families);
    }

    public static IndicatorValue bcpScore(int families, boolean... itemsInPlace) {
        if (itemsInPlace.length != 4) {
            throw new IndicatorException(IndicatorException.Reason.INVALID_DEFINITION,
                    "Daftar periksa BCP punya 4 butir, bukan " + itemsInPlace.length);
        }
        int inPlace = 0;
        for (boolean b : itemsInPlace) {
            inPlace += b ? 1 : 0;
        }
        return share(Indicators.BCP_SCORE, inPlace, 4, families);
    }

    /** A household's DTSEN welfare decile at baseline and now (null when not known / off the register). */
    public record DecileMove(@Nullable Integer baselineDecile, @Nullable Integer currentDecile,
                             boolean leftRegister) {
        public DecileMove {
            for (Integer d : Arrays.asList(baselineDecile, currentDecile)) {
                if (d != null && (d < 1 || d > 10)) {
                    throw new IndicatorException(IndicatorException.Reason.NEGATIVE_INPUT,
                            "Desil kesejahteraan harus 1 sampai 10, bukan " + d);
                }
            }
        }
    }

    public static final int LOWEST_DECILES_UP_TO = 4;

    public static IndicatorValue leftLowestDeciles(List<DecileMove> households) {
        long base = 0;
        long left = 0;
        for (DecileMove h : households) {
            if (h.baselineDecile() == null || h.baselineDecile() > LOWEST_DECILES_UP_TO) {
                continue;
            }
            base++;
            boolean movedUp = h.currentDecile() != null && h.currentDecile() > LOWEST_DECILES_UP_TO;
            if (h.leftRegister() || movedUp) {
                left++;
            }
        }
        if (base == 0) {
            boolean anyBaseline = households.stream().anyMatch(h -> h.baselineDecile() != null);
            return IndicatorValue.missing(households.isEmpty() ? MissingReason.NO_DATA
                    : anyBaseline ? MissingReason.ZERO_DENOMINATOR : MissingReason.NO_BASELINE);
        }
        return share(Indicators.LEFT_LOWEST_DECILES, left, base, (int) base);
    }
}
