package id.kube.admin.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "no database" into the one clear line of {@link DatabaseUnavailableException} instead of a stack trace. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set KUBE_DB_URL to a reachable PostgreSQL server, or unset it to use the embedded PostgreSQL.", cause);
    }
}
