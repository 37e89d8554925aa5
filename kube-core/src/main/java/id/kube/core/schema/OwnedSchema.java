package id.kube.core.schema;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * A PostgreSQL schema that one KUBE library owns, with its own append-only Flyway scripts packed inside
 * that library's jar. A host application (the admin UI, the seeds loader, a test) migrates every schema
 * found on its class path, in dependency order, through {@link #migrateAll(DataSource)}.
 */
public interface OwnedSchema {

    /** The PostgreSQL schema name, e.g. {@code kube}. */
    String name();

    /** Class-path location of the Flyway scripts, e.g. {@code classpath:db/kube}. */
    String migrationsLocation();

    /** Schemas with a lower order are migrated first (a schema may refer to one migrated before it). */
    int order();

    default void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(name())
                .createSchemas(true)
                .locations(migrationsLocation())
                .table("flyway_schema_history")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** Every schema on the class path, in migration order. */
    static List<OwnedSchema> onClassPath() {
        return ServiceLoader.load(OwnedSchema.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt(OwnedSchema::order))
                .toList();
    }

    static void migrateAll(DataSource dataSource) {
        onClassPath().forEach(schema -> schema.migrate(dataSource));
    }
}
