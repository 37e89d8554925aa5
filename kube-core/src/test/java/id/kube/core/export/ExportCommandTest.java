package id.kube.core.export;

import static id.kube.core.persistence.jooq.Tables.EXPORT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.kube.core.group.GroupId;
import id.kube.core.indicator.AsOf;
import id.kube.core.indicator.GroupPeriodSnapshot;
import id.kube.core.indicator.IndicatorFixtures;
import id.kube.core.indicator.IndicatorFormulas;
import id.kube.core.indicator.IndicatorSnapshots;
import id.kube.core.indicator.Indicators;
import id.kube.core.indicator.Period;
import id.kube.testing.TestDatabase;
import id.kube.testing.TestDatabaseInfo;

@TestDatabase
class ExportCommandTest {

    private static final Map<String, String> ENV = Map.of(Pseudonymizer.KEY_ENV,
            Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void theCommandLineExportsAndLogs(DSLContext dsl, TestDatabaseInfo db, @TempDir Path out) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, "51.04.01.2001");
        new IndicatorSnapshots(dsl).save(new GroupPeriodSnapshot(g, Period.year(2024), new AsOf(LocalDate.of(2025, 1, 31)),
                "51.04.01.2001", 10, 8, Map.of(Indicators.PAR30, IndicatorFormulas.par30(1, 10, 10))));

        int rc = ExportCommand.run(new String[]{"--db", db.jdbcUrl(), "--period-type", "year", "--from", "2024",
                "--to", "2024", "--as-of", "2025-02-01", "--format", "xlsx", "--district-only",
                "--requested-by", "dinsos-gianyar", "--purpose", "Laporan tahunan kabupaten", "--out", out.toString()},
                ENV);

        assertThat(rc).isZero();
        assertThat(Files.exists(out.resolve("panel.xlsx"))).isTrue();
        assertThat(dsl.selectFrom(EXPORT_LOG).fetchSingle().getFilters()).contains("geography=DISTRICT")
                .contains("format=XLSX");
    }

    @Test
    void missingArgumentsAreNamed(TestDatabaseInfo db) {
        assertThatThrownBy(() -> ExportCommand.run(new String[]{"--db", db.jdbcUrl(), "--period-type", "MONTH"}, ENV))
                .isInstanceOf(ExportException.class).hasMessage("Argumen --from wajib diisi");
    }
}
