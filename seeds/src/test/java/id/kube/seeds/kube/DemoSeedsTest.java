package id.kube.seeds.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import static id.kube.ledger.persistence.jooq.Tables.LEG;

import java.math.BigDecimal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import id.kube.core.member.NikProtector;
import id.kube.seeds.DemoSeeds;
import id.kube.seeds.importing.ImportReport;
import id.kube.seeds.importing.SheetCounts;
import id.kube.seeds.template.Sheet;
import id.kube.testing.TestDatabase;

@TestDatabase
class DemoSeedsTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    static final NikProtector PROTECTOR = NikProtector.fromSecret(new byte[32]);

    @Test
    void theDemoSetLoadsTheBooksBalanceAndLoadingAgainChangesNothing(DataSource dataSource, DSLContext dsl) {
        ImportReport first = DemoSeeds.load(dataSource, PROTECTOR, TODAY);
        System.out.println(first.summary());
        assertThat(first.rejections()).isEmpty();
        assertThat(first.of(Sheet.KELOMPOK)).isEqualTo(new SheetCounts(40, 40, 0, 0, 0));
        assertThat(dsl.fetchCount(DSL.table(DSL.name("kube", "kube_group")))).isEqualTo(40);

        // debits = credits per group (legs are debit-positive) and every entry balances
        assertThat(dsl.select(LEG.GROUP_ID).from(LEG).groupBy(LEG.GROUP_ID).having(DSL.sum(LEG.AMOUNT).ne(BigDecimal.ZERO))
                .fetch()).isEmpty();
        assertThat(dsl.select(LEG.GROUP_ID).from(LEG).groupBy(LEG.GROUP_ID, LEG.ENTRY_NO)
                .having(DSL.sum(LEG.AMOUNT).ne(BigDecimal.ZERO)).fetch()).isEmpty();
        assertThat(dsl.fetchCount(LEG)).isGreaterThanOrEqualTo((int) first.of(Sheet.TRANSAKSI).imported());

        // household surveys (baseline and follow-ups) are stored through kube-core's survey store
        assertThat(first.of(Sheet.SURVEI).imported()).isPositive();
        assertThat(dsl.fetchCount(DSL.table(DSL.name("kube", "household_survey")))).isEqualTo((int) first.of(Sheet.SURVEI).imported());
        assertThat(dsl.selectDistinct(DSL.field(DSL.name("wave"))).from(DSL.table(DSL.name("kube", "household_survey"))).fetch())
                .hasSizeGreaterThanOrEqualTo(3);

        // every group meets monthly from its formation, so meeting regularity (held ÷ scheduled) can be computed
        assertThat(dsl.fetchCount(DSL.selectDistinct(DSL.field(DSL.name("group_id")))
                .from(DSL.table(DSL.name("kube", "meeting_schedule"))))).isEqualTo(40);

        ImportReport again = DemoSeeds.load(dataSource, PROTECTOR, TODAY);
        assertThat(again.total().imported()).isZero();
        assertThat(again.total().unchanged()).isEqualTo(first.total().imported());
    }
}
