package id.kube.testing;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** See {@link TestDatabase}. */
public final class TestDatabaseExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDatabaseExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        classDatabase(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DataSource.class || type == DSLContext.class || type == TestDatabaseInfo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ClassDatabase database = classDatabase(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == DataSource.class) {
            return database.dataSource();
        }
        if (type == DSLContext.class) {
            return database.dsl();
        }
        if (type == TestDatabaseInfo.class) {
            return database.info();
        }
        throw new ParameterResolutionException("unsupported parameter " + type);
    }

    private static ClassDatabase classDatabase(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getParent().isPresent() && classContext.getParent().get().getTestClass().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NAMESPACE)
                .computeIfAbsent(testClass, ignored -> ClassDatabase.create(), ClassDatabase.class);
    }

    /** Closed by JUnit when the test class's store closes: the pool shuts, the database is dropped. */
    record ClassDatabase(PostgresServer server, TestDatabaseInfo info, HikariDataSource dataSource, DSLContext dsl)
            implements AutoCloseable {

        static ClassDatabase create() {
            PostgresServer server = PostgresServer.get();
            String name = server.createDatabase();
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(server.jdbcUrl(name));
            config.setUsername(server.user());
            config.setPassword(server.password());
            config.setMaximumPoolSize(20);
            config.setMinimumIdle(0);
            config.setPoolName("test-" + name);
            HikariDataSource dataSource = new HikariDataSource(config);
            String url = server.jdbcUrl(name) + "?user=" + server.user()
                    + (server.password().isEmpty() ? "" : "&password=" + server.password());
            return new ClassDatabase(server, new TestDatabaseInfo(name, url, server.user()), dataSource,
                    DSL.using(dataSource, SQLDialect.POSTGRES));
        }

        @Override
        public void close() {
            dataSource.close();
            server.dropDatabase(info.name());
        }
    }
}
