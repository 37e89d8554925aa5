package id.kube.core.indicator;

import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.MEMBER;
import static id.kube.core.persistence.jooq.Tables.PERSON;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jooq.DSLContext;

import id.kube.core.group.GroupId;

/** Groups registered directly in kube.kube_group, as the indicator tables need a real group to point at. */
public final class IndicatorFixtures {

    public static final String DECREE = "KEPMENDAGRI-300.2.2-2138-2025";
    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private IndicatorFixtures() {
    }

    public static GroupId activeGroup(DSLContext dsl, UUID id, String villageCode, LocalDate formedOn) {
        dsl.insertInto(KUBE_GROUP)
                .set(KUBE_GROUP.ID, id)
                .set(KUBE_GROUP.NAME, "KUBE " + id.toString().substring(0, 8))
                .set(KUBE_GROUP.VILLAGE_CODE, villageCode)
                .set(KUBE_GROUP.REGION_DECREE_ID, DECREE)
                .set(KUBE_GROUP.FORMED_ON, formedOn)
                .set(KUBE_GROUP.STATUS, "ACTIVE")
                .set(KUBE_GROUP.STATUS_SINCE, formedOn)
                .set(KUBE_GROUP.STAGE, "TUMBUH")
                .set(KUBE_GROUP.CREATED_AT, AT)
                .set(KUBE_GROUP.CREATED_BY, "fixture")
                .set(KUBE_GROUP.UPDATED_AT, AT)
                .set(KUBE_GROUP.UPDATED_BY, "fixture")
                .execute();
        return new GroupId(id);
    }

    /** A member family (person + membership) with dummy protected identifiers; returns the member id. */
    public static UUID member(DSLContext dsl, GroupId group, String villageCode, LocalDate joined, LocalDate left) {
        UUID person = UUID.randomUUID();
        String nikHash = person.toString().replace("-", "") + "00000000000000000000000000000000";
        String kkHash = "f" + nikHash.substring(1, 63) + "f";
        dsl.insertInto(PERSON)
                .set(PERSON.ID, person).set(PERSON.NIK_HASH, nikHash.substring(0, 64))
                .set(PERSON.NIK_CIPHER, new byte[]{1}).set(PERSON.NIK_MASKED, "5104xxxxxxxx0001")
                .set(PERSON.FAMILY_CARD_HASH, kkHash.substring(0, 64)).set(PERSON.FAMILY_CARD_CIPHER, new byte[]{1})
                .set(PERSON.FULL_NAME, "Anggota " + person.toString().substring(0, 4)).set(PERSON.SEX, "FEMALE")
                .set(PERSON.BIRTH_DATE, LocalDate.of(1980, 5, 17)).set(PERSON.ADDRESS_LINE, "Jl. Contoh")
                .set(PERSON.RT, "001").set(PERSON.RW, "002").set(PERSON.VILLAGE_CODE, villageCode)
                .set(PERSON.REGION_DECREE_ID, DECREE).set(PERSON.HEAD_OF_HOUSEHOLD, true).set(PERSON.MAIN_EARNER, true)
                .set(PERSON.CREATED_AT, AT).set(PERSON.CREATED_BY, "fixture")
                .set(PERSON.UPDATED_AT, AT).set(PERSON.UPDATED_BY, "fixture")
                .execute();
        UUID member = UUID.randomUUID();
        dsl.insertInto(MEMBER)
                .set(MEMBER.ID, member).set(MEMBER.GROUP_ID, group.value()).set(MEMBER.PERSON_ID, person)
                .set(MEMBER.NIK_HASH, nikHash.substring(0, 64)).set(MEMBER.FAMILY_CARD_HASH, kkHash.substring(0, 64))
                .set(MEMBER.ROLE, "MEMBER").set(MEMBER.JOINED_ON, joined).set(MEMBER.LEFT_ON, left)
                .set(MEMBER.LEAVE_REASON, left == null ? null : "pindah")
                .set(MEMBER.CREATED_AT, AT).set(MEMBER.CREATED_BY, "fixture")
                .set(MEMBER.UPDATED_AT, AT).set(MEMBER.UPDATED_BY, "fixture")
                .execute();
        return member;
    }

    public static GroupId activeGroup(DSLContext dsl, String villageCode) {
        return activeGroup(dsl, UUID.randomUUID(), villageCode, LocalDate.of(2023, 1, 10));
    }
}
