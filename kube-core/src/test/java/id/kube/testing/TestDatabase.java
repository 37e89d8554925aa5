package id.kube.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class its own freshly migrated PostgreSQL database (every {@code OwnedSchema} on
 * the class path), cloned from a template migrated once per JVM. Test methods and constructors may declare
 * parameters of type {@link javax.sql.DataSource}, {@link org.jooq.DSLContext} or {@link TestDatabaseInfo}.
 *
 * <p>The server is the one named by {@code KUBE_TEST_DB_URL} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}); without it, an embedded PostgreSQL.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestDatabaseExtension.class)
public @interface TestDatabase {
}
