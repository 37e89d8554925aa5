package id.kube.core.health;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import id.kube.core.indicator.Indicators;

/**
 * Versioned weights, thresholds and stage gates. A score records {@link #version()}; a changed configuration
 * must get a new version. {@link #toText()} is the canonical text form (stored with the version so an old
 * score can always be explained with the rules it was made by) and {@link #parse(String)} reads it back.
 *
 * @param minCoveragePoints a score is only given when the indicators with data carry at least this many of
 *                          the 100 points; below it the group's score is missing ("data tidak cukup")
 */
public record HealthScoreConfig(String version, LocalDate effectiveFrom, List<ScoredItem> items,
                                BigDecimal minCoveragePoints, StageGates stageGates) {

    public HealthScoreConfig {
        Objects.requireNonNull(version, "version");
        if (!version.matches("[0-9A-Za-z._-]{1,40}")) {
            throw new HealthException(HealthException.Reason.INVALID_CONFIG,
                    "Versi konfigurasi tidak sah: '" + version + "'");
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(minCoveragePoints, "minCoveragePoints");
        Objects.requireNonNull(stageGates, "stageGates");
        items = List.copyOf(items);
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (ScoredItem item : items) {
            if (!seen.add(item.indicator().id())) {
                throw new HealthException(HealthException.Reason.DUPLICATE_ITEM,
                        "Indikator " + item.indicator().id() + " dinilai dua kali");
            }
            total = total.add(item.maxPoints());
        }
        if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new HealthException(HealthException.Reason.WEIGHTS_DO_NOT_SUM_TO_100,
                    "Jumlah bobot harus 100, bukan " + total.toPlainString());
        }
        if (minCoveragePoints.signum() <= 0 || minCoveragePoints.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new HealthException(HealthException.Reason.INVALID_CONFIG,
                    "Cakupan minimum harus antara 1 dan 100, bukan " + minCoveragePoints.toPlainString());
        }
    }

    /** Weight of each dimension (Σ of its items' points). */
    public Map<HealthDimension, BigDecimal> weights() {
        Map<HealthDimension, BigDecimal> w = new EnumMap<>(HealthDimension.class);
        for (ScoredItem i : items) {
            w.merge(i.dimension(), i.maxPoints(), BigDecimal::add);
        }
        return w;
    }

    /** Canonical text: sorted {@code key=value} lines, UTF-8, {@code \n} line ends. */
    public String toText() {
        Map<String, String> lines = new TreeMap<>();
        lines.put("version", version);
        lines.put("effective_from", effectiveFrom.toString());
        lines.put("min_coverage_points", minCoveragePoints.toPlainString());
        for (ScoredItem i : items) {
            lines.put("item." + i.dimension().key() + "." + i.indicator().id(), i.maxPoints().toPlainString() + ";"
                    + i.scale().zeroAt().toPlainString() + ";" + i.scale().fullAt().toPlainString());
        }
        StageGates g = stageGates;
        lines.put("stage.berkembang.min_months_active", Integer.toString(g.berkembangMinMonthsActive()));
        lines.put("stage.berkembang.min_months_of_books", Integer.toString(g.berkembangMinMonthsOfBooks()));
        lines.put("stage.berkembang.min_loans", Integer.toString(g.berkembangMinLoans()));
        lines.put("stage.berkembang.min_score", g.berkembangMinScore().toPlainString());
        lines.put("stage.maju.min_months_active", Integer.toString(g.majuMinMonthsActive()));
        lines.put("stage.maju.min_iks_disbursements", Integer.toString(g.majuMinIksDisbursements()));
        lines.put("stage.maju.min_partnerships", Integer.toString(g.majuMinPartnerships()));
        lines.put("stage.maju.min_score", g.majuMinScore().toPlainString());
        // added in 2026.2; left out when not a condition so older versions keep their text and fingerprint
        if (g.berkembangMinMeetingRegularity() != null) {
            lines.put("stage.berkembang.min_meeting_regularity_6m", g.berkembangMinMeetingRegularity().toPlainString());
        }
        if (g.berkembangMinRepaymentRate() != null) {
            lines.put("stage.berkembang.min_repayment_rate_6m", g.berkembangMinRepaymentRate().toPlainString());
        }
        StringBuilder sb = new StringBuilder();
        lines.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    /** SHA-256 of {@link #toText()}, hex: detects two different configurations sharing one version. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(toText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static HealthScoreConfig parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new HealthException(HealthException.Reason.INVALID_CONFIG,
                    "Konfigurasi skor tidak dapat dibaca: " + e.getMessage());
        }
        try {
            List<ScoredItem> items = new ArrayList<>();
            for (HealthDimension dim : HealthDimension.values()) {
                for (var id : new TreeMap<>(p).keySet()) {
                    String key = (String) id;
                    String prefix = "item." + dim.key() + ".";
                    if (key.startsWith(prefix)) {
                        String[] parts = p.getProperty(key).split(";");
                        if (parts.length != 3) {
                            throw new HealthException(HealthException.Reason.INVALID_CONFIG,
                                    "Butir " + key + " harus 'bobot;ambang_nol;ambang_penuh'");
                        }
                        items.add(new ScoredItem(dim, Indicators.byId(key.substring(prefix.length())),
                                new BigDecimal(parts[0].trim()),
                                new LinearScale(new BigDecimal(parts[1].trim()), new BigDecimal(parts[2].trim()))));
                    }
                }
            }
            StageGates gates = new StageGates(
                    intOf(p, "stage.berkembang.min_months_active"), intOf(p, "stage.berkembang.min_months_of_books"),
                    intOf(p, "stage.berkembang.min_loans"), new BigDecimal(req(p, "stage.berkembang.min_score")),
                    intOf(p, "stage.maju.min_months_active"), intOf(p, "stage.maju.min_iks_disbursements"),
                    intOf(p, "stage.maju.min_partnerships"), new BigDecimal(req(p, "stage.maju.min_score")),
                    optionalDecimal(p, "stage.berkembang.min_meeting_regularity_6m"),
                    optionalDecimal(p, "stage.berkembang.min_repayment_rate_6m"));
            return new HealthScoreConfig(req(p, "version"), LocalDate.parse(req(p, "effective_from")), items,
                    new BigDecimal(req(p, "min_coverage_points")), gates);
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new HealthException(HealthException.Reason.INVALID_CONFIG,
                    "Konfigurasi skor berisi angka atau tanggal yang tidak sah: " + e.getMessage());
        }
    }

    private static String req(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new HealthException(HealthException.Reason.INVALID_CONFIG, "Konfigurasi skor tanpa '" + key + "'");
        }
        return v.trim();
    }

    private static @org.jspecify.annotations.Nullable BigDecimal optionalDecimal(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : new BigDecimal(v.trim());
    }

    private static int intOf(Properties p, String key) {
        return Integer.parseInt(req(p, key));
    }
}
