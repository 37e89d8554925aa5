package id.kube.admin.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database of the admin tests' one Spring context: a fresh database on the server named by
 * {@code KUBE_TEST_DB_URL}, else an embedded PostgreSQL. The application migrates it at start, as in production.
 */
public final class AdminTestDatabase {

    private static AdminTestDatabase instance;

    private final String url;
    private final String user;
    private final String password;

    private AdminTestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static synchronized AdminTestDatabase get() {
        if (instance == null) {
            String serverUrl = System.getenv("KUBE_TEST_DB_URL");
            instance = serverUrl == null || serverUrl.isBlank() ? embedded() : onServer(serverUrl);
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static AdminTestDatabase onServer(String serverUrl) {
        Properties parsed = org.postgresql.Driver.parseURL(serverUrl, new Properties());
        if (parsed == null) {
            throw new IllegalStateException("KUBE_TEST_DB_URL is not a PostgreSQL JDBC URL: " + serverUrl);
        }
        String host = parsed.getProperty("PGHOST", "localhost");
        String port = parsed.getProperty("PGPORT", "5432");
        String user = parsed.getProperty("user", "postgres");
        String password = parsed.getProperty("password", "");
        String name = "kube_admin_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String base = "jdbc:postgresql://" + host + ":" + port + "/";
        execute(base + "postgres", user, password, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(base + "postgres", user, password, "drop database if exists " + name + " with (force)");
            } catch (RuntimeException ignored) {
                // best effort at JVM exit: a leftover test database only costs disk space
            }
        }));
        return new AdminTestDatabase(base + name, user, password);
    }

    private static AdminTestDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception ignored) {
                    // the JVM is going away; the embedded server's folder is temporary
                }
            }));
            return new AdminTestDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres",
                    "");
        } catch (Exception e) {
            throw new IllegalStateException("the embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    private static void execute(String url, String user, String password, String ddl) {
        // test infrastructure DDL on a generated database name; no user data flows into it
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + ddl + " (" + e.getMessage() + ")", e);
        }
    }
}
