package id.kube.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import id.kube.core.member.NikProtector;
import id.kube.core.schema.OwnedSchema;
import id.kube.seeds.importing.ImportMode;
import id.kube.seeds.importing.ImportOptions;
import id.kube.seeds.importing.ImportProgress;
import id.kube.seeds.importing.ImportReport;
import id.kube.seeds.importing.Importer;
import id.kube.seeds.kube.KubeImportTarget;
import id.kube.seeds.table.TableSource;
import id.kube.seeds.table.TemplateException;
import id.kube.seeds.template.Sheet;

/**
 * Loads the demo data set (packed in this jar from {@code seeds/data/demo}) into a KUBE database through the
 * ordinary import path, all or nothing. Idempotent: a second call finds every row already there and changes
 * nothing, so the admin application may call it at every demo start.
 */
public final class DemoSeeds {

    public static final String ACTOR = "demo-seeds";
    private static final String RESOURCE_DIR = "/id/kube/seeds/data/demo/";

    private DemoSeeds() {
    }

    /** Migrates every schema on the class path, then imports the demo set; returns the import report. */
    public static ImportReport load(DataSource dataSource, NikProtector nikProtector, Clock clock,
                                    ImportProgress progress) {
        OwnedSchema.migrateAll(dataSource);
        ImportReport report = new Importer(new KubeImportTarget(dataSource, nikProtector, clock), clock)
                .run(demoTables(), ImportOptions.realRun(ImportMode.ALL_OR_NOTHING, ACTOR), progress);
        if (!report.rejections().isEmpty()) {
            throw new IllegalStateException("Data demo ditolak sebagian (tidak ada yang disimpan):\n" + report.summary());
        }
        return report;
    }

    public static ImportReport load(DataSource dataSource, NikProtector nikProtector, Clock clock) {
        return load(dataSource, nikProtector, clock, ImportProgress.NONE);
    }

    /** The demo tables as packed in the jar. */
    public static TableSource demoTables() {
        Map<String, String> contents = new LinkedHashMap<>();
        for (Sheet sheet : Sheet.values()) {
            try (InputStream in = DemoSeeds.class.getResourceAsStream(RESOURCE_DIR + sheet.fileName())) {
                if (in == null) {
                    throw new IllegalStateException("demo table missing from the jar: " + sheet.fileName());
                }
                contents.put(sheet.fileName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("demo table unreadable: " + sheet.fileName(), e);
            }
        }
        try {
            return TableSource.csvContents(contents);
        } catch (TemplateException e) {
            throw new IllegalStateException("demo tables do not fit the template: " + e.getMessage(), e);
        }
    }
}
