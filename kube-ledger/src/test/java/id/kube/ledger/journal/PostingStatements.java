package id.kube.ledger.journal;

import java.util.List;

/**
 * The posting path's own statements (as rendered by {@link PostingSql}) for the benchmark, which replays them with
 * pgbench as its raw-PostgreSQL baseline: the baseline then runs exactly the SQL the library sends.
 */
public final class PostingStatements {

    /** One statement: text with {@code ?} placeholders and the parameter names in placeholder order. */
    public record Statement(String text, List<String> parameters) {
    }

    private PostingStatements() {
    }

    /** In the order one posting of a single group's entries sends them: lock the book, look up keys, lock accounts, write. */
    public static List<Statement> inOrder() {
        return List.of(of(PostingSql.LOCK_BOOK), of(PostingSql.POSTED_KEYS), of(PostingSql.LOCK_ACCOUNTS), of(PostingSql.WRITE));
    }

    private static Statement of(PostingSql.Sql sql) {
        return new Statement(sql.text(), sql.parameters());
    }
}
