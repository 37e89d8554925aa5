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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

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

    /** The codebook of the household × wave export, in file order. */
    public static final List<PanelColumn> CODEBOOK = List.of(
            PanelColumn.of("household_pid", "string", "Pseudonymous member household id: H- + first 80 bits of"
                    + " HMAC-SHA256 of the member id under the deployment key; stable across exports with the same key"),
            PanelColumn.of("group_pid", "string", "Pseudonymous group id (G-), the same as in the group panel"),
            PanelColumn.of("wave", "integer", "Survey wave: 0 = baseline, 1.. = follow-ups"),
            PanelColumn.of("surveyed_on", "date", "Date of the interview (ISO 8601)"),
            PanelColumn.of("age_band", "string", "Age of the member at the survey date: <25, 25-34, 35-44, 45-54,"
                    + " 55-64, 65+ (birth dates are never exported)"),
            PanelColumn.of("sex", "string", "FEMALE or MALE"),
            PanelColumn.of("province_code", "string", "Kemendagri province code of the household's village"),
            PanelColumn.of("regency_code", "string", "Kemendagri regency/city code"),
            PanelColumn.of("district_code", "string", "Kemendagri district (kecamatan) code"),
            PanelColumn.of("village_code", "string", "Kemendagri village code; empty when coarsened to districts"),
            PanelColumn.of("household_size", "integer", "People living in the household"),
            PanelColumn.of("monthly_income_rupiah", "integer", "Household income per month, all sources, rupiah"),
            PanelColumn.of("kube_income_rupiah", "integer", "Of which from the KUBE business, rupiah per month"),
            PanelColumn.of("savings_rupiah", "integer", "Household savings, rupiah"),
            PanelColumn.of("income_sources", "string", "Main income sources, comma separated: KUBE, FARMING,"
                    + " FISHING, LABOUR, TRADE, WAGES, TRANSFERS, REMITTANCES, OTHER"),
            PanelColumn.of("jkn_all_members", "boolean", "Every household member covered by JKN/KIS"),
            PanelColumn.of("school_age_children", "integer", "Children of school age (7-18)"),
            PanelColumn.of("school_age_in_school", "integer", "Of which in school"),
            PanelColumn.of("kip", "boolean", "Receives school support (KIP)"),
            PanelColumn.of("pkh", "boolean", "Receives the conditional cash transfer (PKH)"),
            PanelColumn.of("electricity", "boolean", "Has electricity"),
            PanelColumn.of("clean_water", "boolean", "Has clean drinking water"),
            PanelColumn.of("sanitation", "boolean", "Has improved sanitation"),
            PanelColumn.of("birth_certificates_all", "boolean", "Every child has a birth certificate"),
            PanelColumn.of("civil_documents_complete", "boolean", "KTP and KK complete"),
            PanelColumn.of("bank_account", "boolean", "Someone in the household has a bank account"),
            PanelColumn.of("food_security", "string", "SECURE, MILD, MODERATE or SEVERE food insecurity"),
            PanelColumn.of("welfare_decile", "integer", "DTSEN welfare decile (1 = poorest); empty when not listed"),
            PanelColumn.of("left_welfare_register", "boolean", "The family has left the welfare register"));

    private final DSLContext dsl;
    private final Pseudonymizer pseudonyms;

    public HouseholdWaveExport(DSLContext dsl, Pseudonymizer pseudonyms) {
        this.dsl = dsl;
        this.pseudonyms = pseudonyms;
    }

    /** Every survey dated up to {@code asOf} and recorded by then; returns rows and SHA-256 of the bytes written. */
    public PanelExporter.StreamResult writeCsv(LocalDate asOf, Geography geography, OutputStream out) {
        return writeCsv(asOf, null, null, null, geography, out);
    }

    /** The surveys of the export's periods and region as known on its as-of date, as CSV. */
    public PanelExporter.StreamResult writeCsv(PanelExportOptions o, OutputStream out) {
        return writeCsv(o.asOf(), o.from().start(), o.to().end(), o.regionCode(), o.geography(), out);
    }

    private PanelExporter.StreamResult writeCsv(LocalDate asOf, @Nullable LocalDate from, @Nullable LocalDate to,
                                               @Nullable String region, Geography geography, OutputStream out) {
        MessageDigest sha = PanelExporter.sha256();
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(out, sha),
                StandardCharsets.UTF_8), 1 << 16);
        CsvWriter csv = new CsvWriter(w);
        long n = forEachRow(asOf, from, to, region, geography, csv::row, csv::row, ExportProgress.none());
        try {
            w.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new PanelExporter.StreamResult(n, HexFormat.of().formatHex(sha.digest()));
    }

    /** Surveys the export would hold (for progress and the XLSX size check). */
    long count(PanelExportOptions o) {
        return dsl.fetchCount(dsl.selectOne().from(HOUSEHOLD_SURVEY).join(MEMBER).on(MEMBER.ID.eq(HOUSEHOLD_SURVEY.MEMBER_ID))
                .join(PERSON).on(PERSON.ID.eq(MEMBER.PERSON_ID))
                .where(filter(o.asOf(), o.from().start(), o.to().end(), o.regionCode())));
    }

    long forEachRow(PanelExportOptions o, PanelExporter.RowConsumer header, PanelExporter.RowConsumer rows,
                    ExportProgress progress) {
        return forEachRow(o.asOf(), o.from().start(), o.to().end(), o.regionCode(), o.geography(), header, rows,
                progress);
    }

    private static List<Condition> filter(LocalDate asOf, @Nullable LocalDate from, @Nullable LocalDate to,
                                          @Nullable String region) {
        var h = HOUSEHOLD_SURVEY;
        List<Condition> c = new ArrayList<>();
        c.add(h.SURVEYED_ON.le(asOf));
        c.add(h.RECORDED_AT.lt(asOf.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(7))));
        if (from != null && to != null) {
            c.add(h.SURVEYED_ON.between(from, to));
        }
        if (region != null) {
            c.add(PERSON.VILLAGE_CODE.eq(region).or(PERSON.VILLAGE_CODE.startsWith(region + ".")));
        }
        return c;
    }

    private long forEachRow(LocalDate asOf, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String region,
                            Geography geography, PanelExporter.RowConsumer header, PanelExporter.RowConsumer rows,
                            ExportProgress progress) {
        header.accept(COLUMNS.toArray(String[]::new));
        long n = 0;
        String[] row = new String[COLUMNS.size()];
        var h = HOUSEHOLD_SURVEY;
        try (var cursor = dsl.select(h.MEMBER_ID, h.GROUP_ID, h.WAVE, h.SURVEYED_ON, PERSON.BIRTH_DATE, PERSON.SEX,
                        PERSON.VILLAGE_CODE, h.HOUSEHOLD_SIZE, h.MONTHLY_INCOME_RUPIAH, h.KUBE_INCOME_RUPIAH,
                        h.SAVINGS_RUPIAH, h.INCOME_SOURCES, h.JKN_ALL_MEMBERS, h.SCHOOL_AGE_CHILDREN,
                        h.SCHOOL_AGE_IN_SCHOOL, h.KIP, h.PKH, h.ELECTRICITY, h.CLEAN_WATER, h.SANITATION,
                        h.BIRTH_CERTIFICATES_ALL, h.CIVIL_DOCUMENTS_COMPLETE, h.BANK_ACCOUNT, h.FOOD_SECURITY,
                        h.WELFARE_DECILE, h.LEFT_WELFARE_REGISTER)
                .from(h).join(MEMBER).on(MEMBER.ID.eq(h.MEMBER_ID)).join(PERSON).on(PERSON.ID.eq(MEMBER.PERSON_ID))
                .where(filter(asOf, from, to, region))
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
                rows.accept(row);
                n++;
                if (n % PanelExporter.REPORT_EVERY == 0) {
                    progress.rowsWritten(n, n);
                }
            }
        }
        progress.rowsWritten(n, n);
        return n;
    }
}
