package id.kube.core.survey;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;

/**
 * One household survey answer sheet, validated on construction (the database checks the same rules again).
 *
 * @param wave 0 = baseline, 1.. = follow-ups
 */
public record HouseholdSurvey(GroupId group, MemberId member, int wave, LocalDate surveyedOn, String surveyedBy,
                              int householdSize, long monthlyIncomeRupiah, long kubeIncomeRupiah, long savingsRupiah,
                              Set<IncomeSource> incomeSources, boolean jknAllMembers, int schoolAgeChildren,
                              int schoolAgeInSchool, boolean kip, boolean pkh, boolean electricity, boolean cleanWater,
                              boolean sanitation, boolean birthCertificatesAll, boolean civilDocumentsComplete,
                              boolean bankAccount, FoodSecurity foodSecurity, @Nullable Integer welfareDecile,
                              boolean leftWelfareRegister) {

    public HouseholdSurvey {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(surveyedOn, "surveyedOn");
        Objects.requireNonNull(foodSecurity, "foodSecurity");
        check(wave >= 0 && wave <= 50, "Gelombang survei harus 0 (baseline) sampai 50, bukan " + wave);
        check(surveyedBy != null && !surveyedBy.isBlank(), "Nama pencacah harus diisi");
        check(householdSize >= 1 && householdSize <= 30, "Jumlah anggota rumah tangga harus 1 sampai 30, bukan "
                + householdSize);
        check(monthlyIncomeRupiah >= 0 && kubeIncomeRupiah >= 0 && savingsRupiah >= 0,
                "Pendapatan dan tabungan tidak boleh negatif");
        check(kubeIncomeRupiah <= monthlyIncomeRupiah,
                "Pendapatan dari usaha KUBE tidak boleh melebihi pendapatan rumah tangga");
        check(incomeSources != null && !incomeSources.isEmpty(), "Sumber pendapatan harus diisi minimal satu");
        check(schoolAgeChildren >= 0 && schoolAgeInSchool >= 0 && schoolAgeInSchool <= schoolAgeChildren,
                "Anak bersekolah (" + schoolAgeInSchool + ") tidak boleh melebihi anak usia sekolah ("
                        + schoolAgeChildren + ")");
        check(welfareDecile == null || (welfareDecile >= 1 && welfareDecile <= 10),
                "Desil kesejahteraan harus 1 sampai 10, bukan " + welfareDecile);
        check(!(leftWelfareRegister && welfareDecile != null),
                "Keluarga yang sudah keluar dari DTSEN tidak punya desil");
        incomeSources = Set.copyOf(EnumSet.copyOf(incomeSources));
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new SurveyException(SurveyException.Reason.INVALID_ANSWER, message);
        }
    }
}
