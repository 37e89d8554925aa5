package id.kube.core.group;

import static id.kube.core.persistence.jooq.Tables.FACILITATOR_ASSIGNMENT;
import static id.kube.core.persistence.jooq.Tables.GROUP_BUSINESS_TYPE;
import static id.kube.core.persistence.jooq.Tables.GROUP_CONSTITUTION;
import static id.kube.core.persistence.jooq.Tables.GROUP_STAGE_CHANGE;
import static id.kube.core.persistence.jooq.Tables.GROUP_STATUS_CHANGE;
import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import id.kube.core.audit.Actor;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.money.Rupiah;
import id.kube.core.persistence.jooq.tables.records.GroupConstitutionRecord;
import id.kube.core.persistence.jooq.tables.records.KubeGroupRecord;
import id.kube.core.region.RegionCode;

/** {@link GroupRepository} over {@code kube.kube_group} and its history tables. */
public final class JooqGroupRepository implements GroupRepository {

    private final DSLContext dsl;

    public JooqGroupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Group> find(GroupId id) {
        return dsl.selectFrom(KUBE_GROUP).where(KUBE_GROUP.ID.eq(id.value()))
                .fetchOptional(r -> toGroup(r, businessTypes(id)));
    }

    @Override
    public Optional<Group> lock(GroupId id) {
        return dsl.selectFrom(KUBE_GROUP).where(KUBE_GROUP.ID.eq(id.value())).forUpdate()
                .fetchOptional(r -> toGroup(r, businessTypes(id)));
    }

    @Override
    public List<Group> all() {
        return fetchGroups(DSL.trueCondition());
    }

    @Override
    public List<Group> within(RegionCode region) {
        return fetchGroups(KUBE_GROUP.VILLAGE_CODE.eq(region.value())
                .or(KUBE_GROUP.VILLAGE_CODE.startsWith(region.value() + ".")));
    }

    private List<Group> fetchGroups(Condition condition) {
        List<KubeGroupRecord> rows = dsl.selectFrom(KUBE_GROUP).where(condition).orderBy(KUBE_GROUP.NAME).fetch();
        Map<UUID, Set<BusinessType>> types = new HashMap<>();
        dsl.selectFrom(GROUP_BUSINESS_TYPE)
                .where(GROUP_BUSINESS_TYPE.GROUP_ID.in(rows.stream().map(KubeGroupRecord::getId).toList()))
                .forEach(t -> types.computeIfAbsent(t.getGroupId(), k -> EnumSet.noneOf(BusinessType.class))
                        .add(BusinessType.valueOf(t.getBusinessType())));
        return rows.stream().map(r -> toGroup(r, types.getOrDefault(r.getId(), Set.of()))).toList();
    }

    @Override
    public boolean registrationNumberTaken(String registrationNumber, @Nullable GroupId except) {
        Condition condition = KUBE_GROUP.REGISTRATION_NUMBER.eq(registrationNumber);
        if (except != null) {
            condition = condition.and(KUBE_GROUP.ID.ne(except.value()));
        }
        return dsl.fetchExists(KUBE_GROUP, condition);
    }

    @Override
    public Optional<Group> findByRegistrationNumber(String registrationNumber) {
        return dsl.select(KUBE_GROUP.ID).from(KUBE_GROUP)
                .where(KUBE_GROUP.REGISTRATION_NUMBER.eq(registrationNumber))
                .fetchOptional(KUBE_GROUP.ID)
                .flatMap(id -> find(new GroupId(id)));
    }

    @Override
    public boolean anyRegistered() {
        return dsl.fetchExists(KUBE_GROUP);
    }

    @Override
    public void insert(Group group, Actor actor, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        KubeGroupRecord r = dsl.newRecord(KUBE_GROUP);
        r.setId(group.id().value());
        writeProfile(r, group);
        r.setStatus(group.status().name());
        r.setStatusSince(group.statusSince());
        r.setStage(group.stage().name());
        r.setCreatedAt(now);
        r.setCreatedBy(actor.name());
        r.setUpdatedAt(now);
        r.setUpdatedBy(actor.name());
        r.insert();
        writeBusinessTypes(group);
    }

    @Override
    public void updateProfile(Group group, Actor actor, Instant at) {
        KubeGroupRecord r = dsl.fetchSingle(KUBE_GROUP, KUBE_GROUP.ID.eq(group.id().value()));
        writeProfile(r, group);
        r.setUpdatedAt(at.atOffset(ZoneOffset.UTC));
        r.setUpdatedBy(actor.name());
        r.update();
        dsl.deleteFrom(GROUP_BUSINESS_TYPE).where(GROUP_BUSINESS_TYPE.GROUP_ID.eq(group.id().value())).execute();
        writeBusinessTypes(group);
    }

    private void writeBusinessTypes(Group group) {
        for (BusinessType type : group.businessTypes()) {
            dsl.insertInto(GROUP_BUSINESS_TYPE)
                    .set(GROUP_BUSINESS_TYPE.GROUP_ID, group.id().value())
                    .set(GROUP_BUSINESS_TYPE.BUSINESS_TYPE, type.name())
                    .execute();
        }
    }

    private static void writeProfile(KubeGroupRecord r, Group group) {
        r.setName(group.name());
        r.setRegistrationNumber(group.registrationNumber());
        r.setVillageCode(group.village().value());
        r.setRegionDecreeId(group.regionDecreeId());
        r.setFormedOn(group.formedOn());
        BankAccount bank = group.bankAccount();
        r.setBankName(bank == null ? null : bank.bankName());
        r.setBankAccountNumber(bank == null ? null : bank.accountNumber());
        r.setBankAccountHolder(bank == null ? null : bank.holderName());
        StimulusGrant grant = group.stimulus();
        r.setStimulusAmount(grant == null ? null : Rupiah.toLong(grant.amount()));
        r.setStimulusCurrency(grant == null ? null : "IDR");
        r.setStimulusReceivedOn(grant == null ? null : grant.receivedOn());
        r.setStimulusScheme(grant == null ? null : grant.scheme());
    }

    @Override
    public void updateStatus(GroupId id, GroupStatus status, LocalDate since, Actor actor, Instant at) {
        dsl.update(KUBE_GROUP)
                .set(KUBE_GROUP.STATUS, status.name())
                .set(KUBE_GROUP.STATUS_SINCE, since)
                .set(KUBE_GROUP.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(KUBE_GROUP.UPDATED_BY, actor.name())
                .where(KUBE_GROUP.ID.eq(id.value()))
                .execute();
    }

    @Override
    public void updateStage(GroupId id, GroupStage stage, Actor actor, Instant at) {
        dsl.update(KUBE_GROUP)
                .set(KUBE_GROUP.STAGE, stage.name())
                .set(KUBE_GROUP.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(KUBE_GROUP.UPDATED_BY, actor.name())
                .where(KUBE_GROUP.ID.eq(id.value()))
                .execute();
    }

    @Override
    public void appendStatusChange(GroupId id, StatusChange change) {
        GroupStatus from = change.from();
        dsl.insertInto(GROUP_STATUS_CHANGE)
                .set(GROUP_STATUS_CHANGE.GROUP_ID, id.value())
                .set(GROUP_STATUS_CHANGE.FROM_STATUS, from == null ? null : from.name())
                .set(GROUP_STATUS_CHANGE.TO_STATUS, change.to().name())
                .set(GROUP_STATUS_CHANGE.EFFECTIVE_ON, change.effectiveOn())
                .set(GROUP_STATUS_CHANGE.REASON, change.reason())
                .set(GROUP_STATUS_CHANGE.RECORDED_AT, change.recordedAt().atOffset(ZoneOffset.UTC))
                .set(GROUP_STATUS_CHANGE.RECORDED_BY, change.recordedBy())
                .execute();
    }

    @Override
    public List<StatusChange> statusHistory(GroupId id) {
        return dsl.selectFrom(GROUP_STATUS_CHANGE).where(GROUP_STATUS_CHANGE.GROUP_ID.eq(id.value()))
                .orderBy(GROUP_STATUS_CHANGE.ID)
                .fetch(r -> new StatusChange(r.getFromStatus() == null ? null : GroupStatus.valueOf(r.getFromStatus()),
                        GroupStatus.valueOf(r.getToStatus()), r.getEffectiveOn(), r.getReason(),
                        r.getRecordedAt().toInstant(), r.getRecordedBy()));
    }

    @Override
    public void appendStageChange(GroupId id, StageChange change) {
        dsl.insertInto(GROUP_STAGE_CHANGE)
                .set(GROUP_STAGE_CHANGE.GROUP_ID, id.value())
                .set(GROUP_STAGE_CHANGE.STAGE, change.stage().name())
                .set(GROUP_STAGE_CHANGE.EFFECTIVE_ON, change.effectiveOn())
                .set(GROUP_STAGE_CHANGE.REASON, change.reason())
                .set(GROUP_STAGE_CHANGE.RECORDED_AT, change.recordedAt().atOffset(ZoneOffset.UTC))
                .set(GROUP_STAGE_CHANGE.RECORDED_BY, change.recordedBy())
                .execute();
    }

    @Override
    public List<StageChange> stageHistory(GroupId id) {
        return dsl.selectFrom(GROUP_STAGE_CHANGE).where(GROUP_STAGE_CHANGE.GROUP_ID.eq(id.value()))
                .orderBy(GROUP_STAGE_CHANGE.ID)
                .fetch(r -> new StageChange(GroupStage.valueOf(r.getStage()), r.getEffectiveOn(), r.getReason(),
                        r.getRecordedAt().toInstant(), r.getRecordedBy()));
    }

    @Override
    public void insertConstitution(Constitution c) {
        ConstitutionTerms t = c.terms();
        GroupConstitutionRecord r = dsl.newRecord(GROUP_CONSTITUTION);
        r.setGroupId(c.groupId().value());
        r.setVersion(c.version());
        r.setAgreedOn(t.agreedOn());
        r.setPrincipalSavings(Rupiah.toLong(t.principalSavings()));
        r.setMandatorySavingsMonthly(Rupiah.toLong(t.mandatorySavingsMonthly()));
        r.setIksContributionMonthly(Rupiah.toLong(t.iks().monthlyContribution()));
        r.setIksRule(t.iks().rule());
        r.setLoanFeePercentPerMonth(t.loanTerms().feePercentPerMonth());
        r.setLoanMinTermMonths((short) t.loanTerms().minTermMonths());
        r.setLoanMaxTermMonths((short) t.loanTerms().maxTermMonths());
        r.setLoanMaxPrincipal(Rupiah.toLong(t.loanTerms().maxPrincipal()));
        SurplusSplit s = t.surplusSplit();
        r.setSurplusMembersPercent(s.membersPercent());
        r.setSurplusReservePercent(s.reservePercent());
        r.setSurplusIksPercent(s.iksPercent());
        r.setSurplusManagementPercent(s.managementPercent());
        r.setSurplusOtherPercent(s.otherPercent());
        r.setRecordedAt(c.recordedAt().atOffset(ZoneOffset.UTC));
        r.setRecordedBy(c.recordedBy());
        r.insert();
    }

    @Override
    public List<Constitution> constitutionHistory(GroupId id) {
        return dsl.selectFrom(GROUP_CONSTITUTION).where(GROUP_CONSTITUTION.GROUP_ID.eq(id.value()))
                .orderBy(GROUP_CONSTITUTION.VERSION)
                .fetch(r -> new Constitution(id, r.getVersion(), new ConstitutionTerms(
                        r.getAgreedOn(),
                        Rupiah.of(r.getPrincipalSavings()),
                        Rupiah.of(r.getMandatorySavingsMonthly()),
                        new IksRule(Rupiah.of(r.getIksContributionMonthly()), r.getIksRule()),
                        new LoanTerms(r.getLoanFeePercentPerMonth(), r.getLoanMinTermMonths(),
                                r.getLoanMaxTermMonths(), Rupiah.of(r.getLoanMaxPrincipal())),
                        new SurplusSplit(r.getSurplusMembersPercent(), r.getSurplusReservePercent(),
                                r.getSurplusIksPercent(), r.getSurplusManagementPercent(),
                                r.getSurplusOtherPercent())),
                        r.getRecordedAt().toInstant(), r.getRecordedBy()));
    }

    @Override
    public void insertAssignment(GroupId id, FacilitatorId facilitator, LocalDate assignedOn, Actor actor,
            Instant at) {
        dsl.insertInto(FACILITATOR_ASSIGNMENT)
                .set(FACILITATOR_ASSIGNMENT.GROUP_ID, id.value())
                .set(FACILITATOR_ASSIGNMENT.FACILITATOR_ID, facilitator.value())
                .set(FACILITATOR_ASSIGNMENT.ASSIGNED_ON, assignedOn)
                .set(FACILITATOR_ASSIGNMENT.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
                .set(FACILITATOR_ASSIGNMENT.RECORDED_BY, actor.name())
                .execute();
    }

    @Override
    public void endAssignment(GroupId id, FacilitatorId facilitator, LocalDate endedOn) {
        dsl.update(FACILITATOR_ASSIGNMENT)
                .set(FACILITATOR_ASSIGNMENT.ENDED_ON, endedOn)
                .where(FACILITATOR_ASSIGNMENT.GROUP_ID.eq(id.value())
                        .and(FACILITATOR_ASSIGNMENT.FACILITATOR_ID.eq(facilitator.value()))
                        .and(FACILITATOR_ASSIGNMENT.ENDED_ON.isNull()))
                .execute();
    }

    @Override
    public List<FacilitatorAssignment> assignments(GroupId id) {
        return dsl.selectFrom(FACILITATOR_ASSIGNMENT).where(FACILITATOR_ASSIGNMENT.GROUP_ID.eq(id.value()))
                .orderBy(FACILITATOR_ASSIGNMENT.ASSIGNED_ON, FACILITATOR_ASSIGNMENT.ID)
                .fetch(r -> new FacilitatorAssignment(new FacilitatorId(r.getFacilitatorId()), r.getAssignedOn(),
                        r.getEndedOn()));
    }

    private Set<BusinessType> businessTypes(GroupId id) {
        Set<BusinessType> types = EnumSet.noneOf(BusinessType.class);
        dsl.select(GROUP_BUSINESS_TYPE.BUSINESS_TYPE).from(GROUP_BUSINESS_TYPE)
                .where(GROUP_BUSINESS_TYPE.GROUP_ID.eq(id.value()))
                .fetch(GROUP_BUSINESS_TYPE.BUSINESS_TYPE)
                .forEach(t -> types.add(BusinessType.valueOf(t)));
        return types;
    }

    private static Group toGroup(KubeGroupRecord r, Set<BusinessType> types) {
        BankAccount bank = r.getBankName() == null ? null
                : new BankAccount(r.getBankName(), r.getBankAccountNumber(), r.getBankAccountHolder());
        StimulusGrant grant = r.getStimulusAmount() == null ? null
                : new StimulusGrant(Rupiah.of(r.getStimulusAmount()), r.getStimulusReceivedOn(),
                        r.getStimulusScheme());
        return new Group(new GroupId(r.getId()), r.getName(), r.getRegistrationNumber(),
                new RegionCode(r.getVillageCode()), r.getRegionDecreeId(), r.getFormedOn(), bank, grant,
                types, GroupStatus.valueOf(r.getStatus()), r.getStatusSince(), GroupStage.valueOf(r.getStage()));
    }

}
