package id.kube.admin.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives: {@code KUBE_DB_URL} / {@code KUBE_DB_USER} / {@code KUBE_DB_PASSWORD} name a PostgreSQL
 * server; without a URL an embedded PostgreSQL keeps its files in {@code KUBE_DB_DATA_DIR} (default {@code ./data}).
 */
@ConfigurationProperties("kube.db")
public record DatabaseSettings(@Nullable String url, @Nullable String user, @Nullable String password,
                               @Nullable Path dataDir) {

    public boolean serverConfigured() {
        return url != null && !url.isBlank();
    }

    public Path embeddedDataDir() {
        return (dataDir == null ? Path.of("data") : dataDir).resolve("postgres").toAbsolutePath();
    }
}
