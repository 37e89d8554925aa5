package id.kube.seeds.importing;

import id.kube.seeds.template.Sheet;

/** Told how far an import is, e.g. to move the admin UI's progress bar. Called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    /**
     * @param stage     what is being done now, in Bahasa Indonesia ("Memeriksa", "Menyimpan")
     * @param sheet     the table being worked on
     * @param rowsDone  rows handled so far over the whole import
     * @param rowsTotal rows in the whole import
     */
    void update(String stage, Sheet sheet, long rowsDone, long rowsTotal);

    ImportProgress NONE = (stage, sheet, done, total) -> { };
}
