package id.kube.core.schema;

/** Schema {@code kube}: groups, members, regions, activities, meetings, visits. */
public final class KubeSchema implements OwnedSchema {

    @Override
    public String name() {
        return "kube";
    }

    @Override
    public String migrationsLocation() {
        return "classpath:db/kube";
    }

    @Override
    public int order() {
        return 10;
    }
}
