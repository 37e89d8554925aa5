package id.kube.core.member;

import static id.kube.core.persistence.jooq.Tables.MEMBER;
import static id.kube.core.persistence.jooq.Tables.MEMBER_ROLE_CHANGE;
import static id.kube.core.persistence.jooq.Tables.PERSON;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupRole;
import id.kube.core.persistence.jooq.tables.records.PersonRecord;
import id.kube.core.region.RegionCode;

/** {@link MemberRepository} over {@code kube.person}, {@code kube.member} and {@code kube.member_role_change}. */
public final class JooqMemberRepository implements MemberRepository {

    private final DSLContext dsl;

    public JooqMemberRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return select(MEMBER.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public List<Member> membersOf(GroupId group) {
        return select(MEMBER.GROUP_ID.eq(group.value()));
    }

    @Override
    public List<Member> activeMembersOf(GroupId group) {
        return select(MEMBER.GROUP_ID.eq(group.value()).and(MEMBER.LEFT_ON.isNull()));
    }

    @Override
    public Optional<Member> activeMembershipByNikHash(String nikHash) {
        return select(MEMBER.NIK_HASH.eq(nikHash).and(MEMBER.LEFT_ON.isNull())).stream().findFirst();
    }

    @Override
    public List<Member> membershipsOf(PersonId person) {
        return select(MEMBER.PERSON_ID.eq(person.value()));
    }

    @Override
    public boolean familyActiveInGroup(GroupId group, String familyCardHash) {
        return dsl.fetchExists(MEMBER, MEMBER.GROUP_ID.eq(group.value())
                .and(MEMBER.FAMILY_CARD_HASH.eq(familyCardHash)).and(MEMBER.LEFT_ON.isNull()));
    }

    private List<Member> select(Condition condition) {
        return dsl.select(MEMBER.fields()).select(PERSON.fields())
                .from(MEMBER).join(PERSON).on(PERSON.ID.eq(MEMBER.PERSON_ID))
                .where(condition)
                .orderBy(MEMBER.JOINED_ON, PERSON.FULL_NAME, MEMBER.ID)
                .fetch(JooqMemberRepository::toMember);
    }

    @Override
    public PersonId saveAndLockPerson(ProtectedIdentity identity, PersonDetails d, String regionDecreeId,
            Actor actor, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        boolean inserted = dsl.insertInto(PERSON)
                .set(PERSON.ID, UUID.randomUUID())
                .set(PERSON.NIK_HASH, identity.nikHash())
                .set(PERSON.NIK_CIPHER, identity.nikCipher())
                .set(PERSON.NIK_MASKED, identity.nikMasked())
                .set(PERSON.FAMILY_CARD_HASH, identity.familyCardHash())
                .set(PERSON.FAMILY_CARD_CIPHER, identity.familyCardCipher())
                .set(PERSON.FULL_NAME, d.fullName())
                .set(PERSON.SEX, d.sex().name())
                .set(PERSON.BIRTH_DATE, d.birthDate())
                .set(PERSON.ADDRESS_LINE, d.address().line())
                .set(PERSON.RT, d.address().rt())
                .set(PERSON.RW, d.address().rw())
                .set(PERSON.VILLAGE_CODE, d.address().village().value())
                .set(PERSON.REGION_DECREE_ID, regionDecreeId)
                .set(PERSON.PHONE, d.phone())
                .set(PERSON.HEAD_OF_HOUSEHOLD, d.headOfHousehold())
                .set(PERSON.MAIN_EARNER, d.mainEarner())
                .set(PERSON.DTSEN_ID, d.dtsen() == null ? null : d.dtsen().entryId())
                .set(PERSON.WELFARE_DECILE, decile(d))
                .set(PERSON.CREATED_AT, now)
                .set(PERSON.CREATED_BY, actor.name())
                .set(PERSON.UPDATED_AT, now)
                .set(PERSON.UPDATED_BY, actor.name())
                .onConflict(PERSON.NIK_HASH).doNothing()
                .returning(PERSON.ID)
                .fetchOptional()
                .isPresent();
        PersonRecord person = dsl.selectFrom(PERSON).where(PERSON.NIK_HASH.eq(identity.nikHash())).forUpdate()
                .fetchSingle();
        if (!inserted) {
            person.setFamilyCardHash(identity.familyCardHash());
            person.setFamilyCardCipher(identity.familyCardCipher());
            person.setFullName(d.fullName());
            person.setSex(d.sex().name());
            person.setBirthDate(d.birthDate());
            person.setAddressLine(d.address().line());
            person.setRt(d.address().rt());
            person.setRw(d.address().rw());
            person.setVillageCode(d.address().village().value());
            person.setRegionDecreeId(regionDecreeId);
            person.setPhone(d.phone());
            person.setHeadOfHousehold(d.headOfHousehold());
            person.setMainEarner(d.mainEarner());
            person.setDtsenId(d.dtsen() == null ? null : d.dtsen().entryId());
            person.setWelfareDecile(decile(d));
            person.setUpdatedAt(now);
            person.setUpdatedBy(actor.name());
            person.update();
        }
        return new PersonId(person.getId());
    }

    private static Short decile(PersonDetails d) {
        return d.dtsen() == null || d.dtsen().welfareDecile() == null ? null : d.dtsen().welfareDecile().shortValue();
    }

    @Override
    public void insertMember(MemberId id, GroupId group, PersonId person, ProtectedIdentity identity,
            LocalDate joinedOn, Actor actor, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        dsl.insertInto(MEMBER)
                .set(MEMBER.ID, id.value())
                .set(MEMBER.GROUP_ID, group.value())
                .set(MEMBER.PERSON_ID, person.value())
                .set(MEMBER.NIK_HASH, identity.nikHash())
                .set(MEMBER.FAMILY_CARD_HASH, identity.familyCardHash())
                .set(MEMBER.ROLE, GroupRole.MEMBER.name())
                .set(MEMBER.JOINED_ON, joinedOn)
                .set(MEMBER.CREATED_AT, now)
                .set(MEMBER.CREATED_BY, actor.name())
                .set(MEMBER.UPDATED_AT, now)
                .set(MEMBER.UPDATED_BY, actor.name())
                .execute();
        appendRoleChange(id, group, GroupRole.MEMBER, joinedOn, actor, at);
    }

    @Override
    public void endMembership(MemberId id, LocalDate leftOn, String reason, Actor actor, Instant at) {
        dsl.update(MEMBER)
                .set(MEMBER.LEFT_ON, leftOn)
                .set(MEMBER.LEAVE_REASON, reason)
                .set(MEMBER.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(MEMBER.UPDATED_BY, actor.name())
                .where(MEMBER.ID.eq(id.value()))
                .execute();
    }

    @Override
    public void setRole(MemberId id, GroupRole role, LocalDate effectiveOn, Actor actor, Instant at) {
        UUID group = dsl.update(MEMBER)
                .set(MEMBER.ROLE, role.name())
                .set(MEMBER.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .set(MEMBER.UPDATED_BY, actor.name())
                .where(MEMBER.ID.eq(id.value()))
                .returning(MEMBER.GROUP_ID)
                .fetchSingle(MEMBER.GROUP_ID);
        appendRoleChange(id, new GroupId(group), role, effectiveOn, actor, at);
    }

    private void appendRoleChange(MemberId id, GroupId group, GroupRole role, LocalDate effectiveOn, Actor actor,
            Instant at) {
        dsl.insertInto(MEMBER_ROLE_CHANGE)
                .set(MEMBER_ROLE_CHANGE.MEMBER_ID, id.value())
                .set(MEMBER_ROLE_CHANGE.GROUP_ID, group.value())
                .set(MEMBER_ROLE_CHANGE.ROLE, role.name())
                .set(MEMBER_ROLE_CHANGE.EFFECTIVE_ON, effectiveOn)
                .set(MEMBER_ROLE_CHANGE.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
                .set(MEMBER_ROLE_CHANGE.RECORDED_BY, actor.name())
                .execute();
    }

    @Override
    public List<RoleChange> roleHistory(MemberId id) {
        return dsl.selectFrom(MEMBER_ROLE_CHANGE).where(MEMBER_ROLE_CHANGE.MEMBER_ID.eq(id.value()))
                .orderBy(MEMBER_ROLE_CHANGE.ID)
                .fetch(r -> new RoleChange(id, GroupRole.valueOf(r.getRole()), r.getEffectiveOn(),
                        r.getRecordedAt().toInstant(), r.getRecordedBy()));
    }

    @Override
    public byte[] nikCipher(MemberId id) {
        return dsl.select(PERSON.NIK_CIPHER).from(MEMBER).join(PERSON).on(PERSON.ID.eq(MEMBER.PERSON_ID))
                .where(MEMBER.ID.eq(id.value()))
                .fetchSingle(PERSON.NIK_CIPHER);
    }

    private static Member toMember(Record r) {
        String dtsenId = r.get(PERSON.DTSEN_ID);
        Short decile = r.get(PERSON.WELFARE_DECILE);
        return new Member(
                new MemberId(r.get(MEMBER.ID)),
                new GroupId(r.get(MEMBER.GROUP_ID)),
                new PersonId(r.get(PERSON.ID)),
                r.get(PERSON.NIK_MASKED),
                r.get(PERSON.FULL_NAME),
                Sex.valueOf(r.get(PERSON.SEX)),
                r.get(PERSON.BIRTH_DATE),
                new Address(r.get(PERSON.ADDRESS_LINE), r.get(PERSON.RT), r.get(PERSON.RW),
                        new RegionCode(r.get(PERSON.VILLAGE_CODE))),
                r.get(PERSON.PHONE),
                r.get(PERSON.HEAD_OF_HOUSEHOLD),
                r.get(PERSON.MAIN_EARNER),
                dtsenId == null ? null : new DtsenEntry(dtsenId, decile == null ? null : decile.intValue()),
                GroupRole.valueOf(r.get(MEMBER.ROLE)),
                r.get(MEMBER.JOINED_ON),
                r.get(MEMBER.LEFT_ON),
                r.get(MEMBER.LEAVE_REASON));
    }
}
