package id.kube.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import id.kube.core.schema.OwnedSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL server per test JVM (the configured one, else an embedded one) and a template database
 * migrated once, from which each test class gets a cheap clone.
 */
final class PostgresServer {

    static final String URL_VARIABLE = "KUBE_TEST_DB_URL";

    private static PostgresServer instance;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String templateName;

    private PostgresServer(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.templateName = "kube_template_" + shortId();
    }

    static synchronized PostgresServer get() {
        if (instance == null) {
            PostgresServer server = start();
            server.createTemplate();
            Runtime.getRuntime().addShutdownHook(new Thread(server::dropTemplateQuietly));
            instance = server;
        }
        return instance;
    }

    private static PostgresServer start() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return configured(url);
        }
        return embedded();
    }

    private static PostgresServer configured(String url) {
        try {
            var parsed = org.postgresql.Driver.parseURL(url, new Properties());
            if (parsed == null) {
                throw new IllegalStateException("not a PostgreSQL JDBC URL");
            }
            String host = parsed.getProperty("PGHOST", "localhost");
            int port = Integer.parseInt(parsed.getProperty("PGPORT", "5432"));
            String user = parsed.getProperty("user", "postgres");
            String password = parsed.getProperty("password", "");
            PostgresServer server = new PostgresServer(host, port, user, password);
            try (Connection ignored = server.connect("postgres")) {
                return server;
            }
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException(
                    "Tests need PostgreSQL: cannot connect to " + URL_VARIABLE + "=" + url + " (" + e.getMessage()
                            + "). Start that server, fix the URL, or unset " + URL_VARIABLE
                            + " to use the embedded PostgreSQL.", e);
        }
    }

    private static PostgresServer embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception ignored) {
                    // the JVM is going away; the embedded server's folder is temporary
                }
            }));
            return new PostgresServer("localhost", postgres.getPort(), "postgres", "");
        } catch (Exception | LinkageError e) {
            throw new IllegalStateException(
                    "Tests need PostgreSQL: the embedded PostgreSQL did not start (" + e.getMessage() + "). Set "
                            + URL_VARIABLE + "=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"
                            + " to use a running server instead.", e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    DataSource unpooled(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl(database));
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** A fresh database cloned from the migrated template. */
    String createDatabase() {
        String name = "kube_test_" + shortId();
        execute("create database " + name + " template " + templateName);
        return name;
    }

    void dropDatabase(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    private void createTemplate() {
        execute("create database " + templateName);
        try {
            OwnedSchema.migrateAll(unpooled(templateName));
        } catch (RuntimeException e) {
            dropTemplateQuietly();
            throw e;
        }
    }

    private void dropTemplateQuietly() {
        try {
            dropDatabase(templateName);
        } catch (RuntimeException ignored) {
            // best effort at JVM exit: a leftover template only costs disk space
        }
    }

    private void execute(String ddl) {
        // Test infrastructure DDL on database names; no user data flows into it.
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + ddl + " (" + e.getMessage() + ")", e);
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
