package id.kube.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import id.kube.core.persistence.jooq.Tables;

@TestDatabase
class TestDatabaseExtensionTest {

    @Test
    void eachTestClassGetsItsOwnMigratedDatabase(DSLContext dsl, TestDatabaseInfo info) {
        assertThat(info.name()).startsWith("kube_test_");
        assertThat(dsl.select(DSL.currentCatalog()).fetchOne(0, String.class)).isEqualTo(info.name());
        List<String> applied = dsl.select(DSL.field(DSL.name("version"), String.class))
                .from(DSL.table(DSL.name("kube", "flyway_schema_history")))
                .where(DSL.field(DSL.name("success"), Boolean.class).isTrue())
                .fetch(0, String.class);
        assertThat(applied).contains("1");
        assertThat(dsl.fetchCount(Tables.AUDIT_EVENT)).isZero();
    }
}
