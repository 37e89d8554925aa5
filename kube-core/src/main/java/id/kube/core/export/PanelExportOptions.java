package id.kube.core.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import id.kube.core.indicator.Period;
import id.kube.core.indicator.PeriodType;

/**
 * What a research export contains: periods of one type from {@code from} to {@code to} (inclusive), each
 * group-period as the indicators stood on {@code asOf}, optionally one region (code prefix), at village or
 * district precision; who asks and why (recorded in the export log). With grain
 * {@link ExportGrain#HOUSEHOLD_WAVE} the rows are member households × survey waves surveyed within the periods
 * (and recorded by the as-of date) instead of groups × periods.
 */
public record PanelExportOptions(PeriodType periodType, Period from, Period to, LocalDate asOf,
                                 @Nullable String regionCode, Geography geography, ExportFormat format,
                                 String requestedBy, String purpose, ExportGrain grain) {

    /** A group × period panel export. */
    public PanelExportOptions(PeriodType periodType, Period from, Period to, LocalDate asOf,
                              @Nullable String regionCode, Geography geography, ExportFormat format,
                              String requestedBy, String purpose) {
        this(periodType, from, to, asOf, regionCode, geography, format, requestedBy, purpose,
                ExportGrain.GROUP_PERIOD);
    }

    private static final Pattern REGION = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    public PanelExportOptions {
        Objects.requireNonNull(periodType, "periodType");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(geography, "geography");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(grain, "grain");
        if (from.type() != periodType || to.type() != periodType) {
            throw new ExportException(ExportException.Reason.INVALID_FILTER,
                    "Periode awal dan akhir harus bertipe " + periodType.nameId());
        }
        if (to.compareTo(from) < 0) {
            throw new ExportException(ExportException.Reason.INVALID_FILTER,
                    "Periode akhir " + to + " sebelum periode awal " + from);
        }
        if (regionCode != null && !REGION.matcher(regionCode).matches()) {
            throw new ExportException(ExportException.Reason.INVALID_FILTER,
                    "Kode wilayah tidak sah: '" + regionCode + "' (contoh: 51.04)");
        }
        if (requestedBy == null || requestedBy.isBlank()) {
            throw new ExportException(ExportException.Reason.REQUESTER_REQUIRED, "Peminta ekspor harus diisi");
        }
        if (purpose == null || purpose.strip().length() < 10) {
            throw new ExportException(ExportException.Reason.PURPOSE_REQUIRED,
                    "Tujuan ekspor harus dijelaskan (minimal 10 huruf), sebagaimana diminta UU PDP");
        }
    }

    /** The filters as ordered {@code key=value} pairs: logged, and written into the manifest. */
    public Map<String, String> filters() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", grain.name());
        f.put("period_type", periodType.name());
        f.put("from", from.label());
        f.put("to", to.label());
        f.put("as_of", asOf.toString());
        f.put("region", regionCode == null ? "" : regionCode);
        f.put("geography", geography.name());
        f.put("format", format.name());
        return f;
    }

    public String filtersText() {
        StringBuilder sb = new StringBuilder();
        filters().forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return sb.toString();
    }
}
