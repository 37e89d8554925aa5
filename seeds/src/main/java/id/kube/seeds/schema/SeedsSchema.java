package id.kube.seeds.schema;

import id.kube.core.schema.OwnedSchema;

/** Schema {@code seeds}: the import keys that make re-importing a file a no-op. Migrated after kube and ledger. */
public final class SeedsSchema implements OwnedSchema {

    @Override
    public String name() {
        return "seeds";
    }

    @Override
    public String migrationsLocation() {
        return "classpath:db/seeds";
    }

    @Override
    public int order() {
        return 30;
    }
}
