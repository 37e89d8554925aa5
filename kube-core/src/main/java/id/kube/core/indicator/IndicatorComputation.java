package id.kube.core.indicator;

import static id.kube.core.persistence.jooq.Tables.BCP_CHECKLIST;
import static id.kube.core.persistence.jooq.Tables.COMMUNITY_CONTRIBUTION;
import static id.kube.core.persistence.jooq.Tables.DIGITAL_ADOPTION;
import static id.kube.core.persistence.jooq.Tables.EXTERNAL_SUPPORT;
import static id.kube.core.persistence.jooq.Tables.GROUP_STATUS_CHANGE;
import static id.kube.core.persistence.jooq.Tables.HOUSEHOLD_SURVEY;
import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.MEETING;
import static id.kube.core.persistence.jooq.Tables.MEETING_ATTENDANCE;
import static id.kube.core.persistence.jooq.Tables.MEETING_SCHEDULE;
import static id.kube.core.persistence.jooq.Tables.MEMBER;
import static id.kube.core.persistence.jooq.Tables.PARTNERSHIP;
import static id.kube.core.persistence.jooq.Tables.REFERRAL;
import static id.kube.core.persistence.jooq.Tables.SHOCK_EVENT;
import static id.kube.core.persistence.jooq.Tables.SHOCK_MEMBER;
import static id.kube.core.persistence.jooq.Tables.SUPPORT_PARTICIPANT;
import static id.kube.core.persistence.jooq.Tables.SUPPORT_RECEIVED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import id.kube.core.group.GroupId;
import id.kube.core.indicator.IndicatorFormulas.DecileMove;
import id.kube.core.indicator.IndicatorFormulas.HouseholdAgainstLine;
import id.kube.core.indicator.IndicatorFormulas.IncomePair;
import id.kube.core.persistence.jooq.tables.records.HouseholdSurveyRecord;

/**
 * Computes every indicator of one group for one period as of a date, from the core tables (members,
 * meetings, surveys, support and events) and the books port, and returns the snapshot to store.
 *
 * <p>As-of semantics: only rows recorded by the end of the as-of day (WIB, UTC+7) count, and value dates are
 * cut at the as-of date when it falls inside the period. Known limit: member rows are updated in place by the
 * core feature, so a leave date entered after the as-of date is already visible (the member register keeps no
 * versions); every other source is append-only or dated.
 */
public final class IndicatorComputation {

    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private final DSLContext dsl;
    private final BooksFigures books;
    private final PovertyLines povertyLines;

    public IndicatorComputation(DSLContext dsl, BooksFigures books) {
        this.dsl = dsl;
        this.books = books;
        this.povertyLines = new PovertyLines(dsl);
    }

    private record Membership(UUID member, LocalDate joined, LocalDate left) {
        boolean activeOn(LocalDate d) {
            return !joined.isAfter(d) && (left == null || left.isAfter(d));
        }
    }

    public GroupPeriodSnapshot compute(GroupId group, Period period, AsOf asOf) {
        if (asOf.before(period)) {
            throw new IndicatorException(IndicatorException.Reason.PERIOD_NOT_ALIGNED,
                    "Periode " + period + " belum dimulai pada tanggal acuan " + asOf.date());
        }
        LocalDate start = period.start();
        LocalDate cut = asOf.cutOff(period);
        OffsetDateTime known = asOf.date().plusDays(1).atStartOfDay().atOffset(WIB);
        UUID g = group.value();

        var groupRow = dsl.select(KUBE_GROUP.VILLAGE_CODE, KUBE_GROUP.FORMED_ON, KUBE_GROUP.STIMULUS_AMOUNT,
                        KUBE_GROUP.STIMULUS_RECEIVED_ON)
                .from(KUBE_GROUP).where(KUBE_GROUP.ID.eq(g)).fetchOptional()
                .orElseThrow(() -> new IndicatorException(IndicatorException.Reason.UNKNOWN_INDICATOR,
                        "Kelompok tidak ditemukan: " + group));
        String village = groupRow.value1();

        List<Membership> members = dsl.select(MEMBER.ID, MEMBER.JOINED_ON, MEMBER.LEFT_ON).from(MEMBER)
                .where(MEMBER.GROUP_ID.eq(g), MEMBER.CREATED_AT.lt(known))
                .fetch(r -> new Membership(r.value1(), r.value2(), r.value3()));
        int active = (int) members.stream().filter(m -> m.activeOn(cut)).count();
        Long line = povertyLines.lineFor(village, cut).orElse(null);

        Map<IndicatorDefinition, IndicatorValue> v = new LinkedHashMap<>();
        meetings(g, period, start, cut, known, members, active, v);
        long atStart = members.stream().filter(m -> m.activeOn(start)).count();
        long stayed = members.stream().filter(m -> m.activeOn(start) && m.activeOn(cut)).count();
        v.put(Indicators.MEMBER_RETENTION, IndicatorFormulas.memberRetention(stayed, atStart));
        int surveyed = surveys(g, cut, known, members, line, village, v);
        support(g, start, cut, known, active, members, v);
        events(g, start, cut, known, active, groupRow.value3(), groupRow.value4(), v);
        survival(g, groupRow.value2(), cut, known, active, v);

        BooksPeriodFigures figures = books.figures(group, period, asOf);
        v.putAll(BooksIndicators.compute(figures, active, line));
        return new GroupPeriodSnapshot(group, period, asOf, village, active, surveyed, v);
    }

    private void meetings(UUID g, Period period, LocalDate start, LocalDate cut, OffsetDateTime known,
                          List<Membership> members, int families, Map<IndicatorDefinition, IndicatorValue> v) {
        var held = dsl.select(MEETING.ID, MEETING.HELD_ON).from(MEETING)
                .where(MEETING.GROUP_ID.eq(g), MEETING.HELD_ON.between(start, cut), MEETING.RECORDED_AT.lt(known))
                .fetch();
        var schedule = dsl.select(MEETING_SCHEDULE.EFFECTIVE_FROM, MEETING_SCHEDULE.MEETINGS_PER_MONTH)
                .from(MEETING_SCHEDULE)
                .where(MEETING_SCHEDULE.GROUP_ID.eq(g), MEETING_SCHEDULE.RECORDED_AT.lt(known))
                .orderBy(MEETING_SCHEDULE.EFFECTIVE_FROM).fetch();
        long scheduled = 0;
        boolean anySchedule = false;
        for (LocalDate month = start; !month.isAfter(cut); month = month.plusMonths(1)) {
            Integer perMonth = null;
            for (var s : schedule) {
                if (!s.value1().isAfter(month)) {
                    perMonth = s.value2().intValue();
                }
            }
            if (perMonth != null) {
                anySchedule = true;
                scheduled += perMonth;
            }
        }
        v.put(Indicators.MEETING_REGULARITY, anySchedule
                ? IndicatorFormulas.meetingRegularity(held.size(), scheduled, families)
                : IndicatorValue.missing(MissingReason.NO_DATA));
        long memberMeetings = 0;
        List<UUID> ids = new ArrayList<>();
        for (var m : held) {
            LocalDate on = m.value2();
            memberMeetings += members.stream().filter(x -> x.activeOn(on)).count();
            ids.add(m.value1());
        }
        int present = ids.isEmpty() ? 0 : dsl.fetchCount(MEETING_ATTENDANCE,
                MEETING_ATTENDANCE.MEETING_ID.in(ids), MEETING_ATTENDANCE.ATTENDANCE.eq("PRESENT"));
        v.put(Indicators.ATTENDANCE, IndicatorFormulas.attendance(Math.min(present, memberMeetings), memberMeetings,
                families));
    }

    private int surveys(UUID g, LocalDate cut, OffsetDateTime known, List<Membership> members, Long line,
                        String village, Map<IndicatorDefinition, IndicatorValue> v) {
        Map<UUID, HouseholdSurveyRecord> baseline = new HashMap<>();
        Map<UUID, HouseholdSurveyRecord> latest = new HashMap<>();
        for (HouseholdSurveyRecord s : dsl.selectFrom(HOUSEHOLD_SURVEY)
                .where(HOUSEHOLD_SURVEY.GROUP_ID.eq(g), HOUSEHOLD_SURVEY.SURVEYED_ON.le(cut),
                        HOUSEHOLD_SURVEY.RECORDED_AT.lt(known))
                .orderBy(HOUSEHOLD_SURVEY.SURVEYED_ON, HOUSEHOLD_SURVEY.WAVE).fetch()) {
            if (s.getWave() == 0) {
                baseline.put(s.getMemberId(), s);
            }
            latest.put(s.getMemberId(), s);
        }
        // households of members active at the cut-off only
        latest.keySet().retainAll(members.stream().filter(m -> m.activeOn(cut)).map(Membership::member).toList());
        List<HouseholdSurveyRecord> now = latest.values().stream()
                .sorted(java.util.Comparator.comparing(HouseholdSurveyRecord::getMemberId)).toList();
        int n = now.size();

        List<IncomePair> pairs = new ArrayList<>();
        List<HouseholdAgainstLine> againstLine = new ArrayList<>();
        List<DecileMove> moves = new ArrayList<>();
        long kubeIncome = 0;
        long income = 0;
        long jkn = 0;
        long withChildren = 0;
        long allInSchool = 0;
        long birth = 0;
        long bank = 0;
        for (HouseholdSurveyRecord s : now) {
            HouseholdSurveyRecord base = baseline.get(s.getMemberId());
            if (s.getWave() > 0) {
                pairs.add(new IncomePair(base == null ? null : base.getMonthlyIncomeRupiah(), s.getMonthlyIncomeRupiah()));
            }
            againstLine.add(new HouseholdAgainstLine(s.getMonthlyIncomeRupiah(), s.getHouseholdSize(), line));
            moves.add(new DecileMove(base == null || base.getWelfareDecile() == null ? null
                    : base.getWelfareDecile().intValue(),
                    s.getWelfareDecile() == null ? null : s.getWelfareDecile().intValue(), s.getLeftWelfareRegister()));
            kubeIncome += s.getKubeIncomeRupiah();
            income += s.getMonthlyIncomeRupiah();
            jkn += s.getJknAllMembers() ? 1 : 0;
            if (s.getSchoolAgeChildren() > 0) {
                withChildren++;
                allInSchool += s.getSchoolAgeInSchool().equals(s.getSchoolAgeChildren()) ? 1 : 0;
            }
            birth += s.getBirthCertificatesAll() ? 1 : 0;
            bank += s.getBankAccount() ? 1 : 0;
        }
        v.put(Indicators.MEDIAN_INCOME_CHANGE, pairs.isEmpty() ? IndicatorValue.missing(MissingReason.NO_DATA)
                : IndicatorFormulas.medianIncomeChange(pairs));
        v.put(Indicators.ABOVE_POVERTY_LINE, IndicatorFormulas.abovePovertyLine(againstLine));
        v.put(Indicators.KUBE_INCOME_SHARE, n == 0 ? IndicatorValue.missing(MissingReason.NO_DATA)
                : IndicatorFormulas.kubeIncomeShare(kubeIncome, income, n));
        v.put(Indicators.JKN_COVERAGE, IndicatorFormulas.householdShare(Indicators.JKN_COVERAGE, jkn, n));
        v.put(Indicators.SCHOOL_ENROLMENT, n == 0 ? IndicatorValue.missing(MissingReason.NO_DATA)
                : IndicatorFormulas.householdShare(Indicators.SCHOOL_ENROLMENT, allInSchool, withChildren));
        v.put(Indicators.BIRTH_CERTIFICATES, IndicatorFormulas.householdShare(Indicators.BIRTH_CERTIFICATES, birth, n));
        v.put(Indicators.BANK_ACCOUNT, IndicatorFormulas.householdShare(Indicators.BANK_ACCOUNT, bank, n));
        v.put(Indicators.LEFT_LOWEST_DECILES, IndicatorFormulas.leftLowestDeciles(moves));
        return n;
    }

    private void support(UUID g, LocalDate start, LocalDate cut, OffsetDateTime known, int families,
                         List<Membership> members, Map<IndicatorDefinition, IndicatorValue> v) {
        boolean registerInUse = dsl.fetchExists(SUPPORT_RECEIVED, SUPPORT_RECEIVED.GROUP_ID.eq(g),
                SUPPORT_RECEIVED.STARTED_ON.le(cut), SUPPORT_RECEIVED.RECORDED_AT.lt(known));
        if (registerInUse) {
            java.util.Set<UUID> reached = new java.util.HashSet<>(dsl.selectDistinct(SUPPORT_PARTICIPANT.MEMBER_ID)
                    .from(SUPPORT_PARTICIPANT).join(SUPPORT_RECEIVED).on(SUPPORT_RECEIVED.ID.eq(SUPPORT_PARTICIPANT.SUPPORT_ID))
                    .where(SUPPORT_RECEIVED.GROUP_ID.eq(g), SUPPORT_RECEIVED.STARTED_ON.gt(cut.minusMonths(12)),
                            SUPPORT_RECEIVED.STARTED_ON.le(cut), SUPPORT_RECEIVED.RECORDED_AT.lt(known))
                    .fetch(SUPPORT_PARTICIPANT.MEMBER_ID));
            long activeReached = members.stream().filter(m -> m.activeOn(cut) && reached.contains(m.member())).count();
            v.put(Indicators.SUPPORT_REACH, IndicatorFormulas.share(Indicators.SUPPORT_REACH, activeReached, families,
                    families));
        } else {
            v.put(Indicators.SUPPORT_REACH, IndicatorValue.missing(MissingReason.NO_DATA));
        }
        var digital = dsl.select(DIGITAL_ADOPTION.SELLS_ONLINE, DIGITAL_ADOPTION.DIGITAL_PAYMENTS)
                .from(DIGITAL_ADOPTION)
                .where(DIGITAL_ADOPTION.GROUP_ID.eq(g), DIGITAL_ADOPTION.ASSESSED_ON.le(cut),
                        DIGITAL_ADOPTION.RECORDED_AT.lt(known))
                .orderBy(DIGITAL_ADOPTION.ASSESSED_ON.desc()).limit(1).fetchOptional();
        v.put(Indicators.DIGITAL_ADOPTION, digital
                .map(d -> IndicatorFormulas.digitalAdoption(d.value1(), d.value2(), families))
                .orElse(IndicatorValue.missing(MissingReason.NO_DATA)));
        var referrals = dsl.select(REFERRAL.COMPLETED_ON, REFERRAL.COMPLETION_RECORDED_AT).from(REFERRAL)
                .where(REFERRAL.GROUP_ID.eq(g), REFERRAL.REFERRED_ON.between(start, cut), REFERRAL.RECORDED_AT.lt(known))
                .fetch();
        long completed = referrals.stream().filter(r -> r.value1() != null && !r.value1().isAfter(cut)
                && r.value2().isBefore(known)).count();
        v.put(Indicators.REFERRALS_COMPLETED, IndicatorFormulas.referralsCompleted(completed, referrals.size(), families));
    }

    private void events(UUID g, LocalDate start, LocalDate cut, OffsetDateTime known, int families,
                        Long stimulus, LocalDate stimulusOn, Map<IndicatorDefinition, IndicatorValue> v) {
        BigDecimal support = dsl.select(DSL.coalesce(DSL.sum(EXTERNAL_SUPPORT.VALUE_RUPIAH), BigDecimal.ZERO))
                .from(EXTERNAL_SUPPORT)
                .where(EXTERNAL_SUPPORT.GROUP_ID.eq(g), EXTERNAL_SUPPORT.RECEIVED_ON.le(cut),
                        EXTERNAL_SUPPORT.RECORDED_AT.lt(known))
                .fetchSingle().value1();
        v.put(Indicators.EXTERNAL_SUPPORT, stimulus == null || stimulusOn.isAfter(cut)
                ? IndicatorValue.missing(MissingReason.NO_DATA)
                : IndicatorFormulas.externalSupport(support.longValueExact(), stimulus, families));
        int partners = dsl.fetchCount(PARTNERSHIP, PARTNERSHIP.GROUP_ID.eq(g), PARTNERSHIP.STARTED_ON.le(cut),
                PARTNERSHIP.ENDED_ON.isNull().or(PARTNERSHIP.ENDED_ON.gt(cut)).or(PARTNERSHIP.END_RECORDED_AT.ge(known)),
                PARTNERSHIP.RECORDED_AT.lt(known));
        v.put(Indicators.ACTIVE_PARTNERSHIPS, IndicatorFormulas.count(Indicators.ACTIVE_PARTNERSHIPS, partners, families));
        BigDecimal nonMembers = dsl.select(DSL.coalesce(DSL.sum(COMMUNITY_CONTRIBUTION.NON_MEMBER_PARTICIPANTS),
                        BigDecimal.ZERO))
                .from(COMMUNITY_CONTRIBUTION)
                .where(COMMUNITY_CONTRIBUTION.GROUP_ID.eq(g), COMMUNITY_CONTRIBUTION.CONTRIBUTED_ON.between(start, cut),
                        COMMUNITY_CONTRIBUTION.RECORDED_AT.lt(known))
                .fetchSingle().value1();
        v.put(Indicators.NON_MEMBER_PARTICIPATION, IndicatorFormulas.count(Indicators.NON_MEMBER_PARTICIPATION,
                nonMembers.longValueExact(), families));
        var hit = dsl.select(SHOCK_EVENT.OCCURRED_ON, SHOCK_MEMBER.HELPED_ON, SHOCK_MEMBER.HELP_RECORDED_AT)
                .from(SHOCK_MEMBER)
                .join(SHOCK_EVENT).on(SHOCK_EVENT.ID.eq(SHOCK_MEMBER.SHOCK_ID))
                .where(SHOCK_EVENT.GROUP_ID.eq(g), SHOCK_EVENT.OCCURRED_ON.between(start, cut),
                        SHOCK_EVENT.RECORDED_AT.lt(known), SHOCK_MEMBER.RECORDED_AT.lt(known))
                .fetch();
        long helped = hit.stream().filter(r -> r.value2() != null && !r.value2().isAfter(cut)
                && !r.value2().isAfter(r.value1().plusDays(30)) && r.value3().isBefore(known)).count();
        v.put(Indicators.SHOCK_RESPONSE, IndicatorFormulas.shockResponse(helped, hit.size(), families));
        var bcp = dsl.selectFrom(BCP_CHECKLIST)
                .where(BCP_CHECKLIST.GROUP_ID.eq(g), BCP_CHECKLIST.ASSESSED_ON.le(cut), BCP_CHECKLIST.RECORDED_AT.lt(known))
                .orderBy(BCP_CHECKLIST.ASSESSED_ON.desc()).limit(1).fetchOptional();
        v.put(Indicators.BCP_SCORE, bcp.map(b -> IndicatorFormulas.bcpScore(families, b.getRecordsBackup(),
                        b.getAlternativeSuppliers(), b.getAlternativeMarkets(), b.getEmergencyFund()))
                .orElse(IndicatorValue.missing(MissingReason.NO_DATA)));
    }

    private void survival(UUID g, LocalDate formed, LocalDate cut, OffsetDateTime known, int families,
                          Map<IndicatorDefinition, IndicatorValue> v) {
        LocalDate dissolved = dsl.select(DSL.min(GROUP_STATUS_CHANGE.EFFECTIVE_ON)).from(GROUP_STATUS_CHANGE)
                .where(GROUP_STATUS_CHANGE.GROUP_ID.eq(g), GROUP_STATUS_CHANGE.TO_STATUS.eq("DISSOLVED"),
                        GROUP_STATUS_CHANGE.RECORDED_AT.lt(known))
                .fetchOne(0, LocalDate.class);
        v.put(Indicators.SURVIVAL_12, IndicatorFormulas.survival(12, formed, dissolved, cut, families));
        v.put(Indicators.SURVIVAL_24, IndicatorFormulas.survival(24, formed, dissolved, cut, families));
        v.put(Indicators.SURVIVAL_36, IndicatorFormulas.survival(36, formed, dissolved, cut, families));
    }
}
