package id.kube.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kube.core.audit.Actor;
import id.kube.core.group.GroupId;
import id.kube.core.indicator.IndicatorFixtures;
import id.kube.core.member.MemberId;
import id.kube.core.survey.FoodSecurity;
import id.kube.core.survey.HouseholdSurvey;
import id.kube.core.survey.HouseholdSurveys;
import id.kube.core.survey.IncomeSource;
import id.kube.testing.TestDatabase;

@TestDatabase
class HouseholdWaveExportTest {

    @ParameterizedTest(name = "born {0}, surveyed {1} → {2}")
    @CsvSource(textBlock = """
            2001-06-01, 2025-06-01, <25
            2000-06-01, 2025-06-01, 25-34
            1991-06-02, 2025-06-01, 25-34
            1980-05-17, 2025-06-01, 45-54
            1960-06-01, 2025-06-01, 65+
            """)
    void birthDatesBecomeTenYearAgeBands(LocalDate born, LocalDate on, String band) {
        assertThat(AgeBand.of(born, on)).isEqualTo(band);
    }

    @Test
    void householdWavesCarryPseudonymsAndAgeBandsButNoIdentifiers(DSLContext dsl) {
        Clock clock = Clock.fixed(Instant.parse("2025-06-30T03:00:00Z"), ZoneOffset.UTC);
        GroupId g = IndicatorFixtures.activeGroup(dsl, "51.04.01.2001");
        MemberId m = new MemberId(IndicatorFixtures.member(dsl, g, "51.04.01.2001", LocalDate.of(2024, 1, 1), null));
        HouseholdSurveys surveys = new HouseholdSurveys(dsl, clock);
        for (int wave = 0; wave <= 1; wave++) {
            surveys.record(new Actor("pendamping"), new HouseholdSurvey(g, m, wave, LocalDate.of(2024 + wave, 1, 10),
                    "Ayu", 4, 1_000_000 + wave * 500_000L, 200_000, 50_000, Set.of(IncomeSource.KUBE), true, 1, 1,
                    false, true, true, true, true, true, true, wave == 1, FoodSecurity.MILD, 3, false));
        }
        Pseudonymizer p = new Pseudonymizer(new byte[32]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var result = new HouseholdWaveExport(dsl, p).writeCsv(LocalDate.of(2025, 6, 30), Geography.DISTRICT, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\n");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(lines[0]).isEqualTo(String.join(",", HouseholdWaveExport.COLUMNS));
        assertThat(lines[2]).startsWith(p.household(m.value()) + "," + p.group(g.value()) + ",1,2025-01-10,35-44,FEMALE,"
                + "51,51.04,51.04.01,,4,1500000,200000,50000,KUBE,true,1,1,");
        assertThat(csv).doesNotContain(m.value().toString()).doesNotContain("1980-05-17").doesNotContain("Anggota")
                .doesNotContain("Jl. Contoh").doesNotContain("5104xxxx").doesNotContain("51.04.01.2001");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new HouseholdWaveExport(dsl, p).writeCsv(LocalDate.of(2025, 6, 30), Geography.DISTRICT, again);
        assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
        // both sheets were entered on 30 June 2025: as of the end of 2024 nothing had been recorded yet
        assertThat(new HouseholdWaveExport(dsl, p).writeCsv(LocalDate.of(2024, 12, 31), Geography.DISTRICT,
                new ByteArrayOutputStream()).rows()).isZero();
    }

    /** Surveys entered on 2 July 2025 for the second quarter: the other test (as of 30 June) does not see them. */
    @Test
    void theHouseholdGrainIsAFullExportFilteredLoggedAndZippedTheSameEachTime(DSLContext dsl, javax.sql.DataSource ds,
                                                                              @org.junit.jupiter.api.io.TempDir java.nio.file.Path a,
                                                                              @org.junit.jupiter.api.io.TempDir java.nio.file.Path b)
            throws java.io.IOException {
        Clock clock = Clock.fixed(Instant.parse("2025-07-02T03:00:00Z"), ZoneOffset.UTC);
        HouseholdSurveys surveys = new HouseholdSurveys(dsl, clock);
        GroupId bali = IndicatorFixtures.activeGroup(dsl, "51.04.01.2001");
        GroupId lombok = IndicatorFixtures.activeGroup(dsl, "52.01.02.2001");
        for (GroupId g : java.util.List.of(bali, lombok)) {
            String village = g.equals(bali) ? "51.04.01.2001" : "52.01.02.2001";
            MemberId m = new MemberId(IndicatorFixtures.member(dsl, g, village, LocalDate.of(2024, 1, 1), null));
            surveys.record(new Actor("pendamping"), new HouseholdSurvey(g, m, 0, LocalDate.of(2025, 4, 10), "Ayu", 4,
                    1_000_000, 200_000, 0, Set.of(IncomeSource.KUBE), true, 0, 0, false, true, true, true, true, true,
                    true, false, FoodSecurity.SECURE, 4, false));
        }
        id.kube.core.indicator.Period q2 = id.kube.core.indicator.Period.quarter(2025, 2);
        PanelExportOptions options = new PanelExportOptions(id.kube.core.indicator.PeriodType.QUARTER, q2, q2,
                LocalDate.of(2025, 7, 2), "51.04", Geography.VILLAGE, ExportFormat.CSV, "peneliti@univ.ac.id",
                "Evaluasi pendapatan rumah tangga KUBE", ExportGrain.HOUSEHOLD_WAVE);
        PanelExporter exporter = new PanelExporter(ds, new Pseudonymizer(new byte[32]), clock);
        var first = exporter.export(options, a, ExportProgress.none());
        var second = exporter.export(options, b, ExportProgress.none());

        assertThat(first.rows()).as("only the Bali household: region filter").isEqualTo(1);
        assertThat(first.files()).extracting(f -> f.getFileName().toString())
                .containsExactly("households.csv", "codebook.csv", "manifest.csv", "SHA256SUMS");
        assertThat(java.nio.file.Files.readString(a.resolve("households.csv"))).contains(",51.04.01.2001,")
                .doesNotContain("52.01");
        assertThat(java.nio.file.Files.readAllLines(a.resolve("codebook.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList()).isEqualTo(HouseholdWaveExport.COLUMNS);
        assertThat(java.nio.file.Files.readString(a.resolve("manifest.csv"))).contains("filter.kind,HOUSEHOLD_WAVE")
                .contains("row_count,1");
        var log = dsl.selectFrom(id.kube.core.persistence.jooq.Tables.EXPORT_LOG)
                .where(id.kube.core.persistence.jooq.Tables.EXPORT_LOG.ID.eq(first.logId())).fetchSingle();
        assertThat(log.getKind()).isEqualTo("HOUSEHOLD_WAVE");
        assertThat(log.getRequestedBy()).isEqualTo("peneliti@univ.ac.id");
        assertThat(log.getPurpose()).isEqualTo("Evaluasi pendapatan rumah tangga KUBE");
        assertThat(log.getFilters()).contains("region=51.04");

        ByteArrayOutputStream zipA = new ByteArrayOutputStream();
        ByteArrayOutputStream zipB = new ByteArrayOutputStream();
        PanelExporter.writeZip(first.files(), zipA);
        PanelExporter.writeZip(second.files(), zipB);
        assertThat(zipA.toByteArray()).isEqualTo(zipB.toByteArray());

        var xlsx = exporter.export(new PanelExportOptions(options.periodType(), q2, q2, options.asOf(), null,
                Geography.DISTRICT, ExportFormat.XLSX, "peneliti@univ.ac.id", "Evaluasi pendapatan rumah tangga KUBE",
                ExportGrain.HOUSEHOLD_WAVE), b.resolve("x"), ExportProgress.none());
        assertThat(xlsx.rows()).isEqualTo(2);
        assertThat(xlsx.files()).extracting(f -> f.getFileName().toString()).containsExactly("households.xlsx", "SHA256SUMS");
    }
}
