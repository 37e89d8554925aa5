package id.kube.admin.research;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.core.export.ExportFormat;
import id.kube.core.export.ExportGrain;
import id.kube.core.export.ExportProgress;
import id.kube.core.export.Geography;
import id.kube.core.export.PanelExportOptions;
import id.kube.core.export.PanelExporter;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.Period;
import id.kube.core.indicator.PeriodType;
import id.kube.core.indicator.RegionAggregate;
import id.kube.core.indicator.RegionIndicators;
import id.kube.core.indicator.RegionLevel;

/**
 * What the research screen may do, checked here on the server whatever the screen shows: only researchers and
 * the ministry; exports go through kube-core's {@link PanelExporter} (pseudonyms, age bands, no identifiers,
 * small cells suppressed) with the signed-in user as the requester, so every export is in the export log with
 * who, when, filters and purpose; the region table comes from stored snapshots only.
 */
public final class ResearchExports {

    private final PanelExporter exporter;
    private final RegionIndicators regions;

    ResearchExports(PanelExporter exporter, RegionIndicators regions) {
        this.exporter = exporter;
        this.regions = regions;
    }

    /** What the researcher asked for (the requester is the signed-in user). */
    public record Request(@Nullable String region, PeriodType periodType, Period from, Period to, LocalDate asOf,
                          ExportGrain grain, Geography geography, ExportFormat format, String purpose) {
        public Request {
            Objects.requireNonNull(periodType, "periodType");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(grain, "grain");
            Objects.requireNonNull(geography, "geography");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(purpose, "purpose");
        }
    }

    /** A finished export: its files in a private temporary folder until {@link #discard}. */
    public record Finished(Path folder, PanelExporter.ExportResult result, String zipName) {
    }

    static void requireResearchRole(KubeUser user) {
        if (user.role() != Role.RESEARCHER && user.role() != Role.MINISTRY) {
            throw new AccessDeniedException("research exports are for researchers and the ministry only");
        }
    }

    /**
     * Runs the export (validated by kube-core: an {@link id.kube.core.export.ExportException} names what is
     * wrong, in Bahasa Indonesia) and logs it under the user's name.
     */
    public Finished export(KubeUser user, Request r, ExportProgress progress) {
        requireResearchRole(user);
        PanelExportOptions options = new PanelExportOptions(r.periodType(), r.from(), r.to(), r.asOf(), r.region(),
                r.geography(), r.format(), user.username(), r.purpose(), r.grain());
        Path folder;
        try {
            folder = Files.createTempDirectory("kube-research-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            PanelExporter.ExportResult result = exporter.export(options, folder, progress);
            String name = "kube-" + r.grain().fileStem() + "-" + r.from().label() + "_" + r.to().label()
                    + (r.region() == null ? "" : "-" + r.region()) + "-" + r.format().name().toLowerCase(java.util.Locale.ROOT)
                    + "-" + result.logId() + ".zip";
            return new Finished(folder, result, name);
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /** Streams the export's files as one zip (data, codebook, manifest, checksums). */
    public void writeZip(KubeUser user, Finished f, OutputStream out) throws IOException {
        requireResearchRole(user);
        PanelExporter.writeZip(f.result().files(), out);
    }

    public void discard(Finished f) {
        delete(f.folder());
    }

    /** The indicator table of a period by region, as known on the date (aggregates only). */
    public List<RegionAggregate> regionTable(KubeUser user, @Nullable String region, Period period, LocalDate asOf,
                                             RegionLevel level) {
        requireResearchRole(user);
        return regions.aggregate(region, period, new AsOf(asOf), level);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is cleaned by the operating system
        }
    }
}
