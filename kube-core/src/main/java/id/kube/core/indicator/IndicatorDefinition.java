package id.kube.core.indicator;

import java.util.Objects;

/**
 * What an indicator means, in code: the single source of the codebook and the export columns.
 *
 * @param id          stable identifier, also the export column name (lower snake case)
 * @param numerator   what is counted (for non-ratios: what the value is)
 * @param denominator the base it is divided by, or {@code "—"} when the indicator is not a ratio
 * @param period      how the period applies (flow within the period, stock at its end, cumulative…)
 * @param version     bumped whenever the formula changes; exports and scores record it
 * @param note        choices and improvements over the programme's floor formula
 */
public record IndicatorDefinition(String id, OutcomeGroup outcome, String nameId, String nameEn, Unit unit,
                                  String numerator, String denominator, DataSource source, String period,
                                  Aggregation aggregation, int version, String note) {

    public IndicatorDefinition {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z][a-z0-9_]{1,40}")) {
            throw new IndicatorException(IndicatorException.Reason.INVALID_DEFINITION,
                    "Kode indikator harus huruf kecil/angka/garis bawah: '" + id + "'");
        }
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(nameId, "nameId");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(note, "note");
        if (version < 1) {
            throw new IndicatorException(IndicatorException.Reason.INVALID_DEFINITION,
                    "Versi indikator " + id + " harus ≥ 1");
        }
        if (aggregation == Aggregation.POOLED_RATIO && "—".equals(denominator)) {
            throw new IndicatorException(IndicatorException.Reason.INVALID_DEFINITION,
                    "Indikator " + id + " digabung sebagai rasio tetapi tidak punya penyebut");
        }
    }

    /** {@code id@version}, as recorded in manifests and scores. */
    public String versionedId() {
        return id + "@" + version;
    }
}
