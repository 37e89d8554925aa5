package id.kube.admin.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import id.kube.core.schema.OwnedSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The application's one DataSource: the configured PostgreSQL server, else an embedded PostgreSQL whose data
 * survives a restart. Every schema on the class path (kube, ledger, admin) is migrated before anything uses it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseSettings settings, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kube");
        config.setMaximumPoolSize(10);
        if (settings.serverConfigured()) {
            config.setJdbcUrl(settings.url());
            if (settings.user() != null) {
                config.setUsername(settings.user());
            }
            if (settings.password() != null) {
                config.setPassword(settings.password());
            }
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        }
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(10_000);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            requireReachable(dataSource, settings);
        } catch (DatabaseUnavailableException e) {
            dataSource.close();
            // one clear line on the console even if logging is not set up yet or is shut down with the context
            System.err.println("\n[KUBE] " + e.getMessage() + "\n");
            throw e;
        }
        OwnedSchema.migrateAll(dataSource);
        return dataSource;
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
        return settings.serverConfigured() ? EmbeddedDatabase.none() : EmbeddedDatabase.start(settings);
    }

    private static void requireReachable(DataSource dataSource, DatabaseSettings settings) {
        try (Connection ignored = dataSource.getConnection()) {
            log.info("database: {}", settings.serverConfigured() ? settings.url() : "embedded PostgreSQL in "
                    + settings.embeddedDataDir());
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(settings.serverConfigured()
                    ? "KUBE cannot reach the PostgreSQL server KUBE_DB_URL=" + settings.url() + " (" + e.getMessage()
                            + "). Start it, fix KUBE_DB_URL / KUBE_DB_USER / KUBE_DB_PASSWORD, or unset KUBE_DB_URL"
                            + " to use the embedded PostgreSQL."
                    : "KUBE cannot reach its embedded PostgreSQL (" + e.getMessage() + ").", e);
        }
    }

    /** The embedded PostgreSQL, or nothing when a server is configured. */
    static final class EmbeddedDatabase implements AutoCloseable {

        private final EmbeddedPostgres postgres;

        private EmbeddedDatabase(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        static EmbeddedDatabase start(DatabaseSettings settings) {
            var dataDir = settings.embeddedDataDir();
            try {
                Files.createDirectories(dataDir);
                boolean fresh;
                try (var entries = Files.list(dataDir)) {
                    fresh = entries.findAny().isEmpty();
                }
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setPort(Integer.getInteger("kube.db.embedded-port", 0))
                        .start();
                log.info("embedded PostgreSQL {} on port {} with data in {}", fresh ? "(new)" : "(existing data)",
                        postgres.getPort(), dataDir);
                return new EmbeddedDatabase(postgres);
            } catch (IOException | RuntimeException | LinkageError e) {
                System.err.println("\n[KUBE] cannot start the embedded PostgreSQL in " + dataDir + " (" + e.getMessage()
                        + "); set KUBE_DB_URL to use a PostgreSQL server instead.\n");
                throw new DatabaseUnavailableException("KUBE cannot start its embedded PostgreSQL in " + dataDir
                        + " (" + e.getMessage() + "). Set KUBE_DB_URL (and KUBE_DB_USER / KUBE_DB_PASSWORD) to use a"
                        + " PostgreSQL server instead, e.g. KUBE_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres"
                        + " KUBE_DB_USER=postgres.", e);
            }
        }

        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
