package id.kube.core.member;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import id.kube.core.region.RegionCode;

/**
 * A NIK must agree with the person it belongs to: the sex encoded in the day (+40 for women) and the birth
 * date (DDMMYY) are errors when they disagree. A district prefix no decree ever issued is only a warning,
 * since codes change and old NIKs keep the district of first registration.
 */
public final class NikConsistencyPolicy {

    private final Predicate<RegionCode> districtEverIssued;

    public NikConsistencyPolicy(Predicate<RegionCode> districtEverIssued) {
        this.districtEverIssued = districtEverIssued;
    }

    /** Throws {@link MemberRuleException} on a mismatch; returns the warnings otherwise. */
    public List<NikWarning> check(Nik nik, Sex sex, LocalDate birthDate) {
        if (nik.sex() != sex) {
            throw new MemberRuleException(MemberRuleException.Reason.NIK_SEX_MISMATCH,
                    "NIK " + nik.masked() + " adalah NIK " + nik.sex().label().toLowerCase()
                            + ", tetapi jenis kelamin yang diisi " + sex.label().toLowerCase()
                            + " (tanggal lahir perempuan ditambah 40 pada NIK)");
        }
        if (nik.birthDay() != birthDate.getDayOfMonth() || nik.birthMonth() != birthDate.getMonthValue()
                || nik.birthYearOfCentury() != birthDate.getYear() % 100) {
            throw new MemberRuleException(MemberRuleException.Reason.NIK_BIRTH_DATE_MISMATCH,
                    String.format("Tanggal lahir pada NIK %s (%02d-%02d-%02d) tidak sama dengan tanggal lahir "
                                    + "yang diisi (%02d-%02d-%04d)",
                            nik.masked(), nik.birthDay(), nik.birthMonth(), nik.birthYearOfCentury(),
                            birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear()));
        }
        RegionCode district = nik.districtOfRegistration();
        if (!districtEverIssued.test(district)) {
            return List.of(new NikWarning(NikWarning.Code.UNKNOWN_DISTRICT,
                    "Kode kecamatan " + district + " pada NIK " + nik.masked()
                            + " tidak ditemukan dalam data wilayah; periksa kembali NIK pada KTP"));
        }
        return List.of();
    }
}
