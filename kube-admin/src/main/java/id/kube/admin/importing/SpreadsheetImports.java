package id.kube.admin.importing;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.core.KubeCore;
import id.kube.core.group.Group;
import id.kube.core.member.NikProtector;
import id.kube.seeds.importing.ImportMode;
import id.kube.seeds.importing.ImportOptions;
import id.kube.seeds.importing.ImportProgress;
import id.kube.seeds.importing.ImportReport;
import id.kube.seeds.importing.ImportTarget;
import id.kube.seeds.importing.Importer;
import id.kube.seeds.kube.KubeImportTarget;
import id.kube.seeds.table.TableSource;
import id.kube.seeds.table.TemplateException;
import id.kube.seeds.template.Sheet;

/**
 * Runs a spreadsheet import for the signed-in user through the seeds module's {@link Importer} (the same path as
 * the command line and the demo data): admins may import anything, a district officer only rows of their own
 * regency/city ({@link RegencyBoundTarget}), everybody else nothing. The user is recorded as the actor of every
 * write. Imports run one at a time on a background thread so the screen can show progress.
 */
@Service
public class SpreadsheetImports implements DisposableBean {

    private final DataSource dataSource;
    private final NikProtector nikProtector;
    private final Clock clock;
    private final KubeCore core;
    private final ExecutorService pool = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("spreadsheet-import").daemon().factory());

    SpreadsheetImports(DataSource dataSource, NikProtector nikProtector, Clock clock, KubeCore core) {
        this.dataSource = dataSource;
        this.nikProtector = nikProtector;
        this.clock = clock;
        this.core = core;
    }

    /** Who may open the import screen and run imports. */
    public static boolean mayImport(KubeUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.DISTRICT_OFFICER;
    }

    /** Reads the uploaded file's tables; a file that does not fit the template is refused with the reason. */
    public TableSource read(UploadedFile file, @Nullable Sheet csvTable) throws TemplateException {
        return file.tables(csvTable);
    }

    /** Runs the import on the calling thread and returns its report. */
    public ImportReport run(KubeUser user, TableSource tables, ImportMode mode, boolean dryRun,
                            ImportProgress progress) {
        if (!mayImport(user)) {
            throw new AccessDeniedException("only admins and district officers import spreadsheets");
        }
        ImportTarget target = new KubeImportTarget(dataSource, nikProtector, clock);
        if (user.role() == Role.DISTRICT_OFFICER) {
            target = new RegencyBoundTarget(target, java.util.Objects.requireNonNull(user.region()),
                    code -> core.groups().findByRegistrationNumber(code).map(Group::village));
        }
        ImportOptions options = new ImportOptions(mode, dryRun, user.username());
        return new Importer(target, clock).run(tables, options, progress);
    }

    /** Runs the import on the import thread (queued behind any import already running). */
    public CompletableFuture<ImportReport> start(KubeUser user, TableSource tables, ImportMode mode, boolean dryRun,
                                                 ImportProgress progress) {
        if (!mayImport(user)) {
            throw new AccessDeniedException("only admins and district officers import spreadsheets");
        }
        return CompletableFuture.supplyAsync(() -> run(user, tables, mode, dryRun, progress), pool);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
