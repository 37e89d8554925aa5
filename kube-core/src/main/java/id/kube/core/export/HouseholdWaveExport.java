package id.kube.core.export;

import static id.kube.core.persistence.jooq.Tables.HOUSEHOLD_SURVEY;
import static id.kube.core.persistence.jooq.Tables.MEMBER;
import static id.kube.core.persistence.jooq.Tables.PERSON;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.jooq.DSLContext;

/**
 * The optional household × survey-wave panel (CSV): pseudonymous household and group ids, the head's age band
 * at the survey date and sex, region codes (village optional), and the survey answers. Never a name, NIK, KK,
 * phone, address or birth date. Rows ordered by household id and wave; streamed with a cursor.
 */
public final class HouseholdWaveExport {

    public static final List<String> COLUMNS = List.of("household_pid", "group_pid", "wave", "surveyed_on",
            "age_band", "sex", "province_code", "regency_code", "district_code", "village_code", "household_size",
            "monthly_income_rupiah", "kube_income_rupiah", "savings_rupiah", "income_sources", "jkn_all_members",
            "school_age_children", "school_age_in_school", "kip", "pkh", "electricity", "clean_water", "sanitation",
            "birth_certificates_all", "civil_documents_complete", "bank_account", "food_security", "welfare_decile",
            "left_welfare_register");

    private final DSLContext dsl;
    private final Pseudonymizer pseudonyms;

    public HouseholdWaveExport(DSLContext dsl, Pseudonymizer pseudonyms) {
        this.dsl = dsl;
        this.pseudonyms = pseudonyms;
    }

    /** Surveys dated up to {@code asOf} and recorded by then; returns rows and SHA-256 of the bytes written. */
    public PanelExporter.StreamResult writeCsv(LocalDate asOf, Geography geography, OutputStream out) {
        MessageDigest sha = PanelExporter.sha256();
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(out, sha),
                StandardCharsets.UTF_8), 1 << 16);
        CsvWriter csv = new CsvWriter(w);
        csv.row(COLUMNS.toArray(String[]::new));
        long[] n = {0};
        String[] row = new String[COLUMNS.size()];
        var h = HOUSEHOLD_SURVEY;
        try (var cursor = dsl.select(h.MEMBER_ID, h.GROUP_ID, h.WAVE, h.SURVEYED_ON, PERSON.BIRTH_DATE, PERSON.SEX,
                        PERSON.VILLAGE_CODE, h.HOUSEHOLD_SIZE, h.MONTHLY_INCOME_RUPIAH, h.KUBE_INCOME_RUPIAH,
                        h.SAVINGS_RUPIAH, h.INCOME_SOURCES, h.JKN_ALL_MEMBERS, h.SCHOOL_AGE_CHILDREN,
                        h.SCHOOL_AGE_IN_SCHOOL, h.KIP, h.PKH, h.ELECTRICITY, h.CLEAN_WATER, h.SANITATION,
                        h.BIRTH_CERTIFICATES_ALL, h.CIVIL_DOCUMENTS_COMPLETE, h.BANK_ACCOUNT, h.FOOD_SECURITY,
                        h.WELFARE_DECILE, h.LEFT_WELFARE_REGISTER)
                .from(h).join(MEMBER).on(MEMBER.ID.eq(h.MEMBER_ID)).join(PERSON).on(PERSON.ID.eq(MEMBER.PERSON_ID))
                .where(h.SURVEYED_ON.le(asOf),
                        h.RECORDED_AT.lt(asOf.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(7))))
                .orderBy(h.MEMBER_ID, h.WAVE)
                .fetchSize(PanelExporter.FETCH_SIZE).fetchLazy()) {
            for (var r : cursor) {
                String village = r.get(PERSON.VILLAGE_CODE);
                int c = 0;
                row[c++] = pseudonyms.household(r.get(h.MEMBER_ID));
                row[c++] = pseudonyms.group(r.get(h.GROUP_ID));
                row[c++] = r.get(h.WAVE).toString();
                row[c++] = r.get(h.SURVEYED_ON).toString();
                row[c++] = AgeBand.of(r.get(PERSON.BIRTH_DATE), r.get(h.SURVEYED_ON));
                row[c++] = r.get(PERSON.SEX);
                row[c++] = village.substring(0, 2);
                row[c++] = village.substring(0, 5);
                row[c++] = village.substring(0, 8);
                row[c++] = geography == Geography.VILLAGE ? village : "";
                for (int i = 7; i < r.size(); i++) {
                    Object v = r.get(i);
                    row[c++] = v == null ? "" : v.toString();
                }
                csv.row(row);
                n[0]++;
            }
        }
        try {
            w.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new PanelExporter.StreamResult(n[0], HexFormat.of().formatHex(sha.digest()));
    }
}
