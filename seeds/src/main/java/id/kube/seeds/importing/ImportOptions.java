package id.kube.seeds.importing;

import java.util.Objects;

/**
 * How to run an import: the mode, whether this is a dry run (everything is validated and tried, nothing is
 * committed) and who runs it (recorded by the audit trail of every write).
 */
public record ImportOptions(ImportMode mode, boolean dryRun, String actor) {

    public ImportOptions {
        Objects.requireNonNull(mode, "mode");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("actor must name who runs the import");
        }
    }

    public static ImportOptions dryRun(ImportMode mode, String actor) {
        return new ImportOptions(mode, true, actor);
    }

    public static ImportOptions realRun(ImportMode mode, String actor) {
        return new ImportOptions(mode, false, actor);
    }
}
