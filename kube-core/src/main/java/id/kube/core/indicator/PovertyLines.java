package id.kube.core.indicator;

import static id.kube.core.persistence.jooq.Tables.POVERTY_LINE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record3;

/**
 * The BPS poverty line (rupiah per capita per month) that applies to a village on a date: the latest BPS survey
 * month on or before the date, and within it the most specific line — the province's urban/rural line, the
 * province's total, the national urban/rural line, the national total. A village whose code has 1 as the first
 * digit of its last segment is a kelurahan and counted urban, 2 (desa) rural: a proxy for BPS's own
 * urban/rural classification, stated in the codebook.
 */
public final class PovertyLines {

    private final DSLContext dsl;

    public PovertyLines(DSLContext dsl) {
        this.dsl = dsl;
    }

    public static boolean urban(String villageCode) {
        return villageCode.charAt(9) == '1';
    }

    public Optional<Long> lineFor(String villageCode, LocalDate date) {
        LocalDate month = dsl.select(org.jooq.impl.DSL.max(POVERTY_LINE.SURVEY_MONTH)).from(POVERTY_LINE)
                .where(POVERTY_LINE.SURVEY_MONTH.le(date)).fetchOne(0, LocalDate.class);
        if (month == null) {
            return Optional.empty();
        }
        String province = villageCode.substring(0, 2);
        String area = urban(villageCode) ? "URBAN" : "RURAL";
        List<Record3<String, String, Long>> rows = dsl
                .select(POVERTY_LINE.PROVINCE_CODE, POVERTY_LINE.AREA_TYPE, POVERTY_LINE.RUPIAH_PER_MONTH)
                .from(POVERTY_LINE).where(POVERTY_LINE.SURVEY_MONTH.eq(month)).fetch();
        for (String[] pref : new String[][]{{province, area}, {province, "TOTAL"}, {"00", area}, {"00", "TOTAL"}}) {
            for (var r : rows) {
                if (r.value1().equals(pref[0]) && r.value2().equals(pref[1])) {
                    return Optional.of(r.value3());
                }
            }
        }
        return Optional.empty();
    }
}
