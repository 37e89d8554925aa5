package id.kube.core.export;

import static id.kube.core.persistence.jooq.Tables.EXPORT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.kube.core.group.GroupId;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.GroupPeriodSnapshot;
import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.IndicatorFixtures;
import id.kube.core.indicator.IndicatorFormulas;
import id.kube.core.indicator.IndicatorSnapshots;
import id.kube.core.indicator.IndicatorValue;
import id.kube.core.indicator.Indicators;
import id.kube.core.indicator.Period;
import id.kube.core.indicator.PeriodType;
import id.kube.testing.TestDatabase;

@TestDatabase
class PanelExporterTest {

    private static final byte[] KEY = "kube-test-export-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final List<GroupId> GROUPS = new ArrayList<>();

    private final DataSource dataSource;
    private final DSLContext dsl;

    PanelExporterTest(DataSource dataSource, DSLContext dsl) {
        this.dataSource = dataSource;
        this.dsl = dsl;
    }

    /** Six groups over Jan–Mar 2025 in two districts; group 6 has only 3 active families. */
    @BeforeAll
    static void sixGroupsOverThreeMonths(DSLContext dsl) {
        IndicatorSnapshots snapshots = new IndicatorSnapshots(dsl);
        String[] villages = {"51.04.01.2001", "51.04.01.2002", "51.04.02.2001", "52.01.01.1001", "51.04.01.2001",
                "51.04.02.2003"};
        int[] members = {10, 8, 12, 9, 15, 3};
        for (int g = 0; g < villages.length; g++) {
            GroupId id = IndicatorFixtures.activeGroup(dsl, new java.util.UUID(0x1000 + g, 0x2000 + g), villages[g],
                    LocalDate.of(2023, 1, 10));
            GROUPS.add(id);
            for (int m = 1; m <= 3; m++) {
                Map<IndicatorDefinition, IndicatorValue> v = new HashMap<>();
                v.put(Indicators.MEETING_REGULARITY, IndicatorFormulas.meetingRegularity(m + g % 2, 4, members[g]));
                v.put(Indicators.PAR30, IndicatorFormulas.par30(100_000L * g, 10_000_000, members[g]));
                v.put(Indicators.SHU_PER_MEMBER, IndicatorFormulas.shuPerMember(0, members[g]));
                v.put(Indicators.JKN_COVERAGE, IndicatorFormulas.householdShare(Indicators.JKN_COVERAGE,
                        Math.min(g + 1, 4), g == 3 ? 4 : 8));
                v.put(Indicators.ACTIVE_PARTNERSHIPS, IndicatorFormulas.count(Indicators.ACTIVE_PARTNERSHIPS, g, members[g]));
                snapshots.save(new GroupPeriodSnapshot(id, Period.month(2025, m), new AsOf(LocalDate.of(2025, m + 1, 5)),
                        villages[g], members[g], g == 3 ? 4 : 8, v));
            }
        }
        // a later correction of group 0's March that the export as of 2025-06-30 must not see
        snapshots.save(new GroupPeriodSnapshot(GROUPS.getFirst(), Period.month(2025, 3),
                new AsOf(LocalDate.of(2025, 8, 1)), villages[0], 10, 8,
                Map.of(Indicators.MEETING_REGULARITY, IndicatorFormulas.meetingRegularity(0, 4, 10))));
    }

    private static PanelExportOptions options(ExportFormat format, String region, Geography geography) {
        return new PanelExportOptions(PeriodType.MONTH, Period.month(2025, 1), Period.month(2025, 3), AS_OF, region,
                geography, format, "peneliti@kemensos.go.id", "Evaluasi dampak KUBE 2025, Bali dan NTB");
    }

    private PanelExporter exporter() {
        return new PanelExporter(dataSource, new Pseudonymizer(KEY), CLOCK);
    }

    private static List<String[]> readCsv(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> l.split(",", -1)).toList();
    }

    private static int col(String name) {
        return PanelColumns.all().stream().map(PanelColumn::name).toList().indexOf(name);
    }

    @Test
    void theCsvPanelHasOneRowPerGroupAndPeriodAsKnownOnTheAsOfDate(@TempDir Path dir) throws IOException {
        List<long[]> progress = new ArrayList<>();
        var result = exporter().export(options(ExportFormat.CSV, null, Geography.VILLAGE), dir,
                (rows, total) -> progress.add(new long[]{rows, total}));

        assertThat(result.rows()).isEqualTo(18);
        assertThat(progress).last().satisfies(p -> assertThat(p).containsExactly(18, 18));
        List<String[]> lines = readCsv(dir.resolve("panel.csv"));
        assertThat(lines).hasSize(19);
        assertThat(lines.getFirst()).containsExactlyElementsOf(PanelColumns.all().stream().map(PanelColumn::name).toList());
        String[] firstMarch = lines.stream().filter(l -> l[col("period")].equals("2025-03")).findFirst().orElseThrow();
        assertThat(firstMarch[col("meeting_regularity")]).isEqualTo("0.750000");
        assertThat(firstMarch[col("as_of")]).isEqualTo("2025-04-05");
        assertThat(firstMarch[col("province_code")]).isEqualTo("51");
        assertThat(firstMarch[col("regency_code")]).isEqualTo("51.04");
        assertThat(firstMarch[col("district_code")]).isEqualTo("51.04.01");
        assertThat(firstMarch[col("village_code")]).isEqualTo("51.04.01.2001");
        assertThat(firstMarch[col("village_name")]).isEqualTo("Batubulan");
        assertThat(firstMarch[col("district_name")]).isEqualTo("Sukawati");
        assertThat(firstMarch[col("province_name")]).isEqualTo("Bali");
        assertThat(firstMarch[col("par30")]).isEqualTo("0.000000");
        assertThat(firstMarch[col("bank_account")]).isEmpty();
        assertThat(firstMarch[col("missing_reasons")]).contains("bank_account=NO_DATA");
        assertThat(result.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("panel.csv", "codebook.csv", "manifest.csv", "SHA256SUMS");
    }

    @Test
    void noInternalIdEverLeavesAndPseudonymsAreStablePerKey(@TempDir Path a, @TempDir Path b) throws IOException {
        exporter().export(options(ExportFormat.CSV, null, Geography.VILLAGE), a, ExportProgress.none());
        String csv = Files.readString(a.resolve("panel.csv"));
        for (GroupId g : GROUPS) {
            assertThat(csv).doesNotContain(g.value().toString());
        }
        Pseudonymizer p = new Pseudonymizer(KEY);
        assertThat(csv).contains(p.group(GROUPS.getFirst().value()));
        assertThat(p.group(GROUPS.getFirst().value())).matches("G-[0-9a-f]{20}");

        byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
        otherKey[0] ^= 1;
        new PanelExporter(dataSource, new Pseudonymizer(otherKey), CLOCK)
                .export(options(ExportFormat.CSV, null, Geography.VILLAGE), b, ExportProgress.none());
        assertThat(Files.readString(b.resolve("panel.csv"))).doesNotContain(p.group(GROUPS.getFirst().value()));
    }

    @Test
    void sameDataAndOptionsGiveByteIdenticalFiles(@TempDir Path a, @TempDir Path b, @TempDir Path c,
                                                  @TempDir Path d) throws IOException {
        exporter().export(options(ExportFormat.CSV, null, Geography.VILLAGE), a, ExportProgress.none());
        exporter().export(options(ExportFormat.CSV, null, Geography.VILLAGE), b, ExportProgress.none());
        for (String f : List.of("panel.csv", "codebook.csv", "manifest.csv", "SHA256SUMS")) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
        var x1 = exporter().export(options(ExportFormat.XLSX, null, Geography.VILLAGE), c, ExportProgress.none());
        exporter().export(options(ExportFormat.XLSX, null, Geography.VILLAGE), d, ExportProgress.none());
        assertThat(Files.readAllBytes(c.resolve("panel.xlsx"))).isEqualTo(Files.readAllBytes(d.resolve("panel.xlsx")));
        // the data checksum is that of the canonical CSV, whatever the format
        assertThat(x1.dataSha256()).isEqualTo(sha256(a.resolve("panel.csv")));
    }

    @Test
    void theXlsxHoldsDataCodebookAndManifestSheets(@TempDir Path dir) throws IOException {
        exporter().export(options(ExportFormat.XLSX, "51.04", Geography.VILLAGE), dir, ExportProgress.none());
        try (InputStream in = Files.newInputStream(dir.resolve("panel.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("data");
            Sheet data = wb.getSheet("data");
            assertThat(data.getLastRowNum()).isEqualTo(15);
            assertThat(data.getRow(0).getCell(col("par30")).getStringCellValue()).isEqualTo("par30");
            assertThat(data.getRow(1).getCell(col("meeting_regularity")).getNumericCellValue()).isEqualTo(0.25);
            assertThat(wb.getSheet("codebook").getLastRowNum()).isEqualTo(PanelColumns.all().size());
            Sheet manifest = wb.getSheet("manifest");
            Map<String, String> m = new HashMap<>();
            for (int i = 1; i <= manifest.getLastRowNum(); i++) {
                m.put(manifest.getRow(i).getCell(0).getStringCellValue(), manifest.getRow(i).getCell(1).getStringCellValue());
            }
            assertThat(m).containsEntry("row_count", "15").containsEntry("filter.region", "51.04")
                    .containsEntry("indicator.par30", "1").containsKey("data_sha256");
        }
    }

    @Test
    void smallCellsAreBlankedAndMarked(@TempDir Path dir) throws IOException {
        exporter().export(options(ExportFormat.CSV, null, Geography.VILLAGE), dir, ExportProgress.none());
        List<String[]> rows = readCsv(dir.resolve("panel.csv"));
        String[] tiny = rows.stream().filter(r -> r[col("active_members")].equals("3")).findFirst().orElseThrow();
        assertThat(tiny[col("meeting_regularity")]).isEmpty();
        assertThat(tiny[col("par30")]).isEmpty();
        assertThat(tiny[col("suppressed")]).contains("meeting_regularity").contains("par30")
                .doesNotContain("jkn_coverage");
        assertThat(tiny[col("jkn_coverage")]).isNotEmpty();
        String[] fewAnswers = rows.stream().filter(r -> r[col("surveyed_households")].equals("4")).findFirst().orElseThrow();
        assertThat(fewAnswers[col("jkn_coverage")]).isEmpty();
        assertThat(fewAnswers[col("suppressed")]).isEqualTo("jkn_coverage");
        assertThat(fewAnswers[col("par30")]).isNotEmpty();
    }

    @Test
    void villagesCanBeCoarsenedToDistrictsAndRegionsFiltered(@TempDir Path dir) throws IOException {
        var result = exporter().export(options(ExportFormat.CSV, "51.04.02", Geography.DISTRICT), dir,
                ExportProgress.none());
        assertThat(result.rows()).isEqualTo(6);
        assertThat(readCsv(dir.resolve("panel.csv")).stream().skip(1))
                .allSatisfy(r -> {
                    assertThat(r[col("village_code")]).isEmpty();
                    assertThat(r[col("village_name")]).isEmpty();
                    assertThat(r[col("district_code")]).isEqualTo("51.04.02");
                });
        assertThat(Files.readString(dir.resolve("panel.csv"))).doesNotContain("51.04.02.2001");
    }

    @Test
    void everyExportIsLoggedWithWhoWhenFiltersPurposeAndChecksum(@TempDir Path dir) throws IOException {
        var result = exporter().export(options(ExportFormat.CSV, "52", Geography.VILLAGE), dir, ExportProgress.none());
        var log = dsl.selectFrom(EXPORT_LOG).where(EXPORT_LOG.ID.eq(result.logId())).fetchSingle();
        assertThat(log.getRequestedBy()).isEqualTo("peneliti@kemensos.go.id");
        assertThat(log.getRequestedAt().toInstant()).isEqualTo(CLOCK.instant());
        assertThat(log.getPurpose()).isEqualTo("Evaluasi dampak KUBE 2025, Bali dan NTB");
        assertThat(log.getFilters()).isEqualTo("kind=GROUP_PERIOD;period_type=MONTH;from=2025-01;to=2025-03;"
                + "as_of=2025-06-30;region=52;geography=VILLAGE;format=CSV");
        assertThat(log.getStatus()).isEqualTo("COMPLETED");
        assertThat(log.getRowCount()).isEqualTo(3);
        assertThat(log.getSha256()).isEqualTo(sha256(dir.resolve("panel.csv")));
        assertThat(Files.readString(dir.resolve("manifest.csv"))).contains("data_sha256," + log.getSha256())
                .contains("row_count,3\n").doesNotContain("2025-07-01");
        assertThat(Files.readString(dir.resolve("SHA256SUMS"))).startsWith(log.getSha256() + "  panel.csv\n");
    }

    @Test
    void anExportWithoutAPurposeOrKeyIsRefusedInBahasaIndonesia() {
        assertThatThrownBy(() -> new PanelExportOptions(PeriodType.MONTH, Period.month(2025, 1), Period.month(2025, 3),
                AS_OF, null, Geography.VILLAGE, ExportFormat.CSV, "peneliti", "riset"))
                .isInstanceOf(ExportException.class).hasMessageContaining("Tujuan ekspor harus dijelaskan");
        assertThatThrownBy(() -> Pseudonymizer.fromEnvironment(Map.of()))
                .isInstanceOf(ExportException.class).hasMessageContaining("Kunci pseudonim belum diatur");
        assertThatThrownBy(() -> new Pseudonymizer(new byte[16]))
                .isInstanceOf(ExportException.class).hasMessageContaining("terlalu pendek");
        assertThatThrownBy(() -> options(ExportFormat.CSV, "51.4", Geography.VILLAGE))
                .isInstanceOf(ExportException.class).hasMessageContaining("Kode wilayah tidak sah");
    }

    private static String sha256(Path file) throws IOException {
        return HexFormat.of().formatHex(PanelExporter.sha256().digest(Files.readAllBytes(file)));
    }
}
