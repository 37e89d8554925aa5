package id.kube.admin.research;

import static id.kube.core.persistence.jooq.Tables.EXPORT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import id.kube.admin.research.ResearchFixtures.GroupWithPeople;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.core.export.ExportException;
import id.kube.core.export.ExportFormat;
import id.kube.core.export.ExportGrain;
import id.kube.core.export.ExportProgress;
import id.kube.core.export.Geography;
import id.kube.core.indicator.Indicators;
import id.kube.core.indicator.Period;
import id.kube.core.indicator.PeriodType;
import id.kube.core.indicator.RegionLevel;

/** On the server: what a researcher can take away holds no name or NIK, and every export is recorded. */
class ResearchExportsTest extends AdminApplicationTest {

    private static final KubeUser RESEARCHER = new KubeUser("peneliti.uji", "Peneliti Uji", Role.RESEARCHER, null,
            null, null);

    @Autowired
    DSLContext dsl;
    @Autowired
    ResearchExports exports;

    private static ResearchExports.Request request(ExportGrain grain, ExportFormat format, String purpose) {
        return new ResearchExports.Request("51.04", PeriodType.MONTH, Period.month(2025, 4), Period.month(2025, 6),
                ResearchFixtures.AS_OF.date(), grain, Geography.VILLAGE, format, purpose);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void aResearchersExportHoldsNoNameNikOrAddressAndIsRecordedWithWhoAndWhy() throws IOException {
        GroupWithPeople group = ResearchFixtures.groupWithIndicators(dsl, "KUBE Riset " + Instant.now().toEpochMilli());

        for (ExportGrain grain : ExportGrain.values()) {
            String purpose = "Evaluasi dampak KUBE 2025 (" + grain + ")";
            ResearchExports.Finished done = exports.export(RESEARCHER, request(grain, ExportFormat.CSV, purpose),
                    ExportProgress.none());
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            exports.writeZip(RESEARCHER, done, zip);
            Map<String, byte[]> files = unzip(zip.toByteArray());

            String data = grain.fileStem() + ".csv";
            assertThat(files).containsOnlyKeys(data, "codebook.csv", "manifest.csv", "SHA256SUMS");
            String all = files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8))
                    .reduce("", String::concat);
            assertThat(new String(files.get(data), StandardCharsets.UTF_8).lines().count())
                    .as("header and at least this group's rows").isGreaterThan(1);
            assertThat(all).doesNotContain(group.name()).doesNotContain(group.group().value().toString());
            for (String identifier : group.identifiers()) {
                assertThat(all).as("identifier %s", identifier).doesNotContain(identifier);
            }

            var log = dsl.selectFrom(EXPORT_LOG).where(EXPORT_LOG.ID.eq(done.result().logId())).fetchSingle();
            assertThat(log.getRequestedBy()).isEqualTo("peneliti.uji");
            assertThat(log.getPurpose()).isEqualTo(purpose);
            assertThat(log.getKind()).isEqualTo(grain.name());
            assertThat(log.getFilters()).contains("region=51.04").contains("from=2025-04").contains("to=2025-06");
            assertThat(log.getStatus()).isEqualTo("COMPLETED");
            assertThat(log.getRequestedAt()).isNotNull();
            exports.discard(done);
        }
    }

    @Test
    void onlyResearchersAndTheMinistryMayExportOrReadTheTable() {
        KubeUser district = new KubeUser("dinsos.uji", "Dinas Sosial", Role.DISTRICT_OFFICER, null,
                id.kube.core.region.RegionCode.of("51.04"), null);
        int before = dsl.fetchCount(EXPORT_LOG);
        assertThatThrownBy(() -> exports.export(district, request(ExportGrain.GROUP_PERIOD, ExportFormat.CSV,
                "Ingin melihat data saja"), ExportProgress.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.regionTable(district, null, Period.month(2025, 6),
                ResearchFixtures.AS_OF.date(), RegionLevel.PROVINCE)).isInstanceOf(AccessDeniedException.class);
        assertThat(dsl.fetchCount(EXPORT_LOG)).isEqualTo(before);
    }

    @Test
    void anExportWithoutAPurposeIsRefusedInBahasaIndonesia() {
        assertThatThrownBy(() -> exports.export(RESEARCHER, request(ExportGrain.GROUP_PERIOD, ExportFormat.XLSX,
                "riset"), ExportProgress.none()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("Tujuan ekspor harus dijelaskan");
    }

    @Test
    void theRegionTableCountsGroupsAndMarksSmallCells() {
        ResearchFixtures.groupWithIndicators(dsl, "KUBE Tabel " + Instant.now().toEpochMilli());
        var table = exports.regionTable(RESEARCHER, "51.04", Period.month(2025, 6), ResearchFixtures.AS_OF.date(),
                RegionLevel.REGENCY);
        var members = table.stream().filter(a -> a.indicator() == Indicators.MEMBER_RETENTION).findFirst().orElseThrow();
        assertThat(members.regionCode()).isEqualTo("51.04");
        assertThat(members.groups()).isPositive();
        assertThat(members.families()).isGreaterThanOrEqualTo(10);
        // one surveyed household per group: survey indicators stand on too few families and are suppressed
        var jkn = table.stream().filter(a -> a.indicator() == Indicators.JKN_COVERAGE).findFirst().orElseThrow();
        assertThat(jkn.families() < 5 ? jkn.suppressed() : !jkn.suppressed()).isTrue();
    }
}
