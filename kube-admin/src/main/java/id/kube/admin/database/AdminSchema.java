package id.kube.admin.database;

import id.kube.core.schema.OwnedSchema;

/** Schema {@code admin}: the application's users, their roles and what each may see. */
public final class AdminSchema implements OwnedSchema {

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public String migrationsLocation() {
        return "classpath:db/admin";
    }

    @Override
    public int order() {
        return 30;
    }
}
