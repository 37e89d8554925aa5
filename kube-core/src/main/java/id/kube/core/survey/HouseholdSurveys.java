package id.kube.core.survey;

import static id.kube.core.persistence.jooq.Tables.HOUSEHOLD_SURVEY;
import static id.kube.core.persistence.jooq.Tables.MEMBER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import id.kube.core.audit.Actor;

/**
 * Records household surveys: the member must belong to the group, the date may not lie in the future, a
 * follow-up needs the baseline first, and a wave is recorded once per member (a correction is a new wave's job
 * or an audited edit, not a silent overwrite).
 */
public final class HouseholdSurveys {

    private final DSLContext dsl;
    private final Clock clock;

    public HouseholdSurveys(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public UUID record(Actor actor, HouseholdSurvey s) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(7));
            if (s.surveyedOn().isAfter(today)) {
                throw new SurveyException(SurveyException.Reason.DATE_IN_FUTURE,
                        "Tanggal survei " + s.surveyedOn() + " belum terjadi");
            }
            boolean inGroup = tx.fetchExists(MEMBER, MEMBER.ID.eq(s.member().value()),
                    MEMBER.GROUP_ID.eq(s.group().value()));
            if (!inGroup) {
                throw new SurveyException(SurveyException.Reason.MEMBER_NOT_IN_GROUP,
                        "Anggota ini bukan anggota KUBE yang disurvei");
            }
            if (s.wave() > 0 && !tx.fetchExists(HOUSEHOLD_SURVEY, HOUSEHOLD_SURVEY.MEMBER_ID.eq(s.member().value()),
                    HOUSEHOLD_SURVEY.WAVE.eq((short) 0))) {
                throw new SurveyException(SurveyException.Reason.BASELINE_MISSING,
                        "Survei lanjutan memerlukan survei baseline (gelombang 0) terlebih dahulu");
            }
            if (tx.fetchExists(HOUSEHOLD_SURVEY, HOUSEHOLD_SURVEY.MEMBER_ID.eq(s.member().value()),
                    HOUSEHOLD_SURVEY.WAVE.eq((short) s.wave()))) {
                throw new SurveyException(SurveyException.Reason.WAVE_ALREADY_RECORDED,
                        "Survei gelombang " + s.wave() + " untuk anggota ini sudah dicatat");
            }
            UUID id = UUID.randomUUID();
            tx.insertInto(HOUSEHOLD_SURVEY)
                    .set(HOUSEHOLD_SURVEY.ID, id)
                    .set(HOUSEHOLD_SURVEY.GROUP_ID, s.group().value())
                    .set(HOUSEHOLD_SURVEY.MEMBER_ID, s.member().value())
                    .set(HOUSEHOLD_SURVEY.WAVE, (short) s.wave())
                    .set(HOUSEHOLD_SURVEY.SURVEYED_ON, s.surveyedOn())
                    .set(HOUSEHOLD_SURVEY.SURVEYED_BY, s.surveyedBy())
                    .set(HOUSEHOLD_SURVEY.HOUSEHOLD_SIZE, (short) s.householdSize())
                    .set(HOUSEHOLD_SURVEY.MONTHLY_INCOME_RUPIAH, s.monthlyIncomeRupiah())
                    .set(HOUSEHOLD_SURVEY.KUBE_INCOME_RUPIAH, s.kubeIncomeRupiah())
                    .set(HOUSEHOLD_SURVEY.SAVINGS_RUPIAH, s.savingsRupiah())
                    .set(HOUSEHOLD_SURVEY.INCOME_SOURCES, s.incomeSources().stream().sorted()
                            .map(Enum::name).collect(Collectors.joining(",")))
                    .set(HOUSEHOLD_SURVEY.JKN_ALL_MEMBERS, s.jknAllMembers())
                    .set(HOUSEHOLD_SURVEY.SCHOOL_AGE_CHILDREN, (short) s.schoolAgeChildren())
                    .set(HOUSEHOLD_SURVEY.SCHOOL_AGE_IN_SCHOOL, (short) s.schoolAgeInSchool())
                    .set(HOUSEHOLD_SURVEY.KIP, s.kip())
                    .set(HOUSEHOLD_SURVEY.PKH, s.pkh())
                    .set(HOUSEHOLD_SURVEY.ELECTRICITY, s.electricity())
                    .set(HOUSEHOLD_SURVEY.CLEAN_WATER, s.cleanWater())
                    .set(HOUSEHOLD_SURVEY.SANITATION, s.sanitation())
                    .set(HOUSEHOLD_SURVEY.BIRTH_CERTIFICATES_ALL, s.birthCertificatesAll())
                    .set(HOUSEHOLD_SURVEY.CIVIL_DOCUMENTS_COMPLETE, s.civilDocumentsComplete())
                    .set(HOUSEHOLD_SURVEY.BANK_ACCOUNT, s.bankAccount())
                    .set(HOUSEHOLD_SURVEY.FOOD_SECURITY, s.foodSecurity().name())
                    .set(HOUSEHOLD_SURVEY.WELFARE_DECILE, s.welfareDecile() == null ? null : s.welfareDecile().shortValue())
                    .set(HOUSEHOLD_SURVEY.LEFT_WELFARE_REGISTER, s.leftWelfareRegister())
                    .set(HOUSEHOLD_SURVEY.RECORDED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .set(HOUSEHOLD_SURVEY.RECORDED_BY, actor.name())
                    .execute();
            return id;
        });
    }
}
