package id.kube.ledger.schema;

import id.kube.core.schema.OwnedSchema;

/** Schema {@code ledger}: the groups' double-entry books. Migrated after {@code kube}. */
public final class LedgerSchema implements OwnedSchema {

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public String migrationsLocation() {
        return "classpath:db/ledger";
    }

    @Override
    public int order() {
        return 20;
    }
}
