package id.kube.core.health;

import static id.kube.core.persistence.jooq.Tables.GROUP_PERIOD_INDICATOR;
import static id.kube.core.persistence.jooq.Tables.HEALTH_BATCH_RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import id.kube.core.group.GroupId;
import id.kube.core.indicator.IndicatorFixtures;
import id.kube.testing.TestDatabase;
import id.kube.testing.TestDatabaseInfo;

@TestDatabase
class HealthBatchCommandTest {

    @Test
    void theCommandRunsTheBatchAndRecordsTheRunWithTheConfigVersion(DSLContext dsl, TestDatabaseInfo db) {
        GroupId g = IndicatorFixtures.activeGroup(dsl, "51.04.01.2001");

        int rc = HealthBatchCommand.run(new String[]{"--db", db.jdbcUrl(), "--period", "2025-Q1", "--as-of",
                "2025-04-10", "--config", "2026.1", "--actor", "penilai-otomatis"}, Map.of());

        assertThat(rc).isZero();
        var run = dsl.selectFrom(HEALTH_BATCH_RUN).fetchSingle();
        assertThat(run.getConfigVersion()).isEqualTo("2026.1");
        assertThat(run.getPeriodType()).isEqualTo("QUARTER");
        assertThat(run.getPeriodStart()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(run.getStatus()).isEqualTo("DONE");
        assertThat(run.getGroupsScored()).isEqualTo(1);
        assertThat(dsl.fetchCount(GROUP_PERIOD_INDICATOR, GROUP_PERIOD_INDICATOR.GROUP_ID.eq(g.value()),
                GROUP_PERIOD_INDICATOR.PERIOD_TYPE.eq("QUARTER"))).isEqualTo(1);
        assertThat(dsl.fetchCount(GROUP_PERIOD_INDICATOR, GROUP_PERIOD_INDICATOR.GROUP_ID.eq(g.value()),
                GROUP_PERIOD_INDICATOR.PERIOD_TYPE.eq("MONTH"))).as("trailing months for the checklist").isEqualTo(12);
    }

    @Test
    void aMissingArgumentOrUnknownConfigIsNamed(TestDatabaseInfo db) {
        assertThatThrownBy(() -> HealthBatchCommand.run(new String[]{"--db", db.jdbcUrl(), "--period", "2025-06"},
                Map.of())).hasMessage("Argumen --as-of wajib diisi");
        assertThatThrownBy(() -> HealthBatchCommand.run(new String[]{"--db", db.jdbcUrl(), "--period", "2025-06",
                "--as-of", "2025-07-01", "--config", "1999.9", "--actor", "x"}, Map.of()))
                .isInstanceOf(HealthException.class).hasMessage("Versi konfigurasi tidak dikenal: 1999.9");
    }
}
