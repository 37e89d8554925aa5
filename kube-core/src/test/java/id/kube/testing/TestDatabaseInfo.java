package id.kube.testing;

/** The database a test class was given: its name and a JDBC URL that reaches it (user and password included). */
public record TestDatabaseInfo(String name, String jdbcUrl, String user) {
}
