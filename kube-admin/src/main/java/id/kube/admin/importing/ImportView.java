package id.kube.admin.importing;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.seeds.importing.ImportMode;
import id.kube.seeds.importing.ImportReport;
import id.kube.seeds.importing.Rejection;
import id.kube.seeds.importing.SheetCounts;
import id.kube.seeds.table.TableSource;
import id.kube.seeds.table.TemplateException;
import id.kube.seeds.template.Sheet;
import id.kube.seeds.template.TemplateFiles;
import jakarta.annotation.security.RolesAllowed;

/**
 * Spreadsheet import: download the template, upload a filled CSV / zip of CSVs / XLSX, "Periksa (uji coba)"
 * validates and tries everything and commits nothing, then "Impor" writes with a progress bar (the import runs
 * on a background thread; the screen polls while it runs). Both end with the counts per table and every
 * rejected row with its reason. A district officer's rows outside their regency are rejected on the server.
 */
@Menu(title = "nav.import", icon = "vaadin:upload", order = 70)
@Route("impor")
@RolesAllowed({Role.Names.ADMIN, Role.Names.DISTRICT_OFFICER})
public class ImportView extends Div implements HasDynamicTitle {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportView.class);
    private static final int POLL_MILLIS = 400;

    private final SpreadsheetImports imports;
    private final KubeUser user;

    private final Upload upload;
    private final Span fileInfo = new Span();
    private final Span uploadError = new Span();
    private final ComboBox<Sheet> table = new ComboBox<>();
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Button check = new Button();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final Div progressBox = new Div();
    private final Div result = new Div();

    private volatile @Nullable UploadedFile received;
    private volatile @Nullable String rejectedUpload;
    private @Nullable UploadedFile file;
    private boolean checked;

    public ImportView(CurrentUser currentUser, SpreadsheetImports imports) {
        this.imports = imports;
        this.user = currentUser.require();
        if (!SpreadsheetImports.mayImport(user)) {
            throw new org.springframework.security.access.AccessDeniedException("import is for admins and district officers");
        }
        addClassName("kube-page");
        setId("import");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            if (bytes.length > UploadedFile.MAX_BYTES) {
                rejectedUpload = metadata.fileName();
                return;
            }
            received = new UploadedFile(metadata.fileName(), bytes);
        }));
        Paragraph intro = new Paragraph(getTranslation("importing.intro"));
        add(new H2(getTranslation("importing.title")), intro);
        if (user.role() == Role.DISTRICT_OFFICER && user.region() != null) {
            Paragraph scope = new Paragraph(getTranslation("importing.scope", user.region().value()));
            scope.setId("import-scope");
            add(scope);
        }
        add(templatePanel(), uploadPanel(), progressBox);
    }

    private Div templatePanel() {
        Anchor xlsx = new Anchor((DownloadEvent event) -> {
            event.setFileName("kube-templat-impor.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                TemplateFiles.writeXlsx(out);
            }
        }, getTranslation("importing.template.xlsx"));
        xlsx.setId("import-template-xlsx");
        Anchor csv = new Anchor((DownloadEvent event) -> {
            event.setFileName("kube-templat-impor-csv.zip");
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                out.write(TemplateFiles.csvZip());
            }
        }, getTranslation("importing.template.csv"));
        csv.setId("import-template-csv");
        for (Anchor a : List.of(xlsx, csv)) {
            a.getElement().setAttribute("download", true);
            a.addClassName("kube-download");
        }
        Div links = new Div(xlsx, new Span(" · "), csv);
        Div panel = new Div(new H3(getTranslation("importing.template.title")),
                new Paragraph(getTranslation("importing.template.help")), links);
        panel.addClassName("kube-panel");
        return panel;
    }

    private Div uploadPanel() {
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(UploadedFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".zip", ".xlsx");
        upload.setUploadButton(new Button(getTranslation("importing.upload.button"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("importing.upload.drop")));
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e -> showUploadError(getTranslation("importing.upload.rejected",
                UploadedFile.MAX_BYTES / (1024 * 1024))));
        upload.addAllFinishedListener(e -> fileReceived());
        upload.addFileRemovedListener(e -> {
            file = null;
            fileChanged();
        });
        fileInfo.setId("import-file");
        uploadError.setId("import-upload-error");
        uploadError.addClassName("kube-error");
        uploadError.getStyle().set("color", "var(--lumo-error-text-color, #b91c1c)");
        uploadError.setVisible(false);

        table.setLabel(getTranslation("importing.table"));
        table.setHelperText(getTranslation("importing.table.help"));
        table.setItems(Sheet.values());
        table.setItemLabelGenerator(s -> s.fileName() + " — " + s.title());
        table.setId("import-table");
        table.setMinWidth("26em");
        table.setVisible(false);
        table.addValueChangeListener(e -> resetCheck());

        mode.setLabel(getTranslation("importing.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("importing.mode." + m.name()));
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        mode.setId("import-mode");
        mode.addValueChangeListener(e -> resetCheck());

        check.setText(getTranslation("importing.check"));
        check.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        check.setId("import-check");
        check.addClickListener(e -> start(true));
        run.setText(getTranslation("importing.run"));
        run.setIcon(VaadinIcon.UPLOAD_ALT.create());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("import-run");
        run.addClickListener(e -> start(false));
        Paragraph runHelp = new Paragraph(getTranslation("importing.run.help"));
        runHelp.addClassName("kube-help");

        progress.setId("import-progress");
        progressText.setId("import-progress-text");
        progressBox.add(new H3(getTranslation("importing.result.title")), progress, progressText, result);
        progressBox.setId("import-outcome");
        progressBox.addClassName("kube-panel");
        progressBox.setVisible(false);
        result.setId("import-result");

        Div buttons = new Div(check, run);
        buttons.getStyle().set("display", "flex").set("gap", "0.5em").set("flex-wrap", "wrap");
        Div file = new Div(fileInfo);
        file.getStyle().set("margin", "0.5em 0");
        Div choices = new Div(table, mode);
        choices.addClassName("kube-filters");
        choices.getStyle().set("display", "flex").set("gap", "1.5em").set("flex-wrap", "wrap");
        Div panel = new Div(new H3(getTranslation("importing.upload.title")), upload, file, uploadError, choices,
                buttons, runHelp);
        panel.addClassName("kube-panel");
        fileChanged();
        return panel;
    }

    /** The upload component's own texts (file list, statuses, errors) in the user's language. */
    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("importing.upload.i18n.tooManyFiles"))
                .setFileIsTooBig(getTranslation("importing.upload.i18n.tooBig"))
                .setIncorrectFileType(getTranslation("importing.upload.i18n.wrongType")));
        texts.setFile(new UploadI18N.File()
                .setRetry(getTranslation("importing.upload.i18n.retry"))
                .setStart(getTranslation("importing.upload.i18n.start"))
                .setRemove(getTranslation("importing.upload.i18n.remove")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("importing.upload.i18n.connecting"))
                        .setStalled(getTranslation("importing.upload.i18n.stalled"))
                        .setProcessing(getTranslation("importing.upload.i18n.processing"))
                        .setHeld(getTranslation("importing.upload.i18n.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("importing.upload.i18n.remaining"))
                        .setUnknown(getTranslation("importing.upload.i18n.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("importing.upload.i18n.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("importing.upload.i18n.serverError"))
                        .setForbidden(getTranslation("importing.upload.i18n.forbidden"))
                        .setFileTooLarge(getTranslation("importing.upload.i18n.tooBig"))));
        return texts;
    }

    private void showUploadError(String message) {
        uploadError.setText(message);
        uploadError.setVisible(true);
    }

    private void fileReceived() {
        String tooBig = rejectedUpload;
        rejectedUpload = null;
        UploadedFile got = received;
        received = null;
        if (tooBig != null) {
            showUploadError(getTranslation("importing.upload.rejected", UploadedFile.MAX_BYTES / (1024 * 1024)));
            upload.clearFileList();
            return;
        }
        if (got == null) {
            return;
        }
        uploadError.setVisible(false);
        file = got;
        fileChanged();
    }

    private void fileChanged() {
        UploadedFile f = file;
        result.removeAll();
        progressBox.setVisible(false);
        boolean csv = f != null && f.kind() == UploadedFile.Kind.CSV;
        table.setVisible(csv);
        table.setValue(csv ? f.tableByName().orElse(null) : null);
        fileInfo.setText(f == null ? getTranslation("importing.file.none")
                : getTranslation("importing.file", f.name(), String.format(getLocale(), "%,d", f.content().length)));
        resetCheck();
    }

    private void resetCheck() {
        checked = false;
        check.setEnabled(file != null);
        run.setEnabled(false);
    }

    private void start(boolean dryRun) {
        UploadedFile f = file;
        table.setInvalid(false);
        if (f == null) {
            showUploadError(getTranslation("importing.file.none"));
            return;
        }
        if (f.kind() == UploadedFile.Kind.CSV && table.getValue() == null) {
            table.setErrorMessage(getTranslation("importing.table.required"));
            table.setInvalid(true);
            return;
        }
        TableSource tables;
        try {
            tables = imports.read(f, table.getValue());
        } catch (TemplateException e) {
            result.removeAll();
            Paragraph refusal = new Paragraph(getTranslation("importing.refused", e.getMessage()));
            refusal.setId("import-refused");
            refusal.getStyle().set("color", "var(--lumo-error-text-color, #b91c1c)");
            result.add(refusal);
            progress.setVisible(false);
            progressText.setText("");
            progressBox.setVisible(true);
            return;
        }
        if (!dryRun && !checked) {
            return;
        }
        check.setEnabled(false);
        run.setEnabled(false);
        upload.setEnabled(false);
        result.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText(getTranslation(dryRun ? "importing.progress.check" : "importing.progress.run", 0));
        progressBox.setVisible(true);
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        ImportMode chosen = mode.getValue();
        AtomicInteger shown = new AtomicInteger(-1);
        imports.start(user, tables, chosen, dryRun, (stage, sheet, done, total) -> {
            int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
            if (shown.getAndSet(percent) != percent) {
                accessIfAttached(ui, () -> showProgress(stage, sheet, percent));
            }
        }).whenComplete((report, failure) -> accessIfAttached(ui, () -> {
            ui.setPollInterval(-1);
            upload.setEnabled(true);
            if (failure != null) {
                log.error("import by {} failed", user.username(), failure);
                progressText.setText(getTranslation("importing.failed"));
                check.setEnabled(true);
                return;
            }
            showReport(report);
            checked = dryRun;
            check.setEnabled(true);
            run.setEnabled(dryRun);
        }));
    }

    private static void accessIfAttached(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // the user left the page; the import itself carries on and its writes stand
        }
    }

    private void showProgress(String stage, Sheet sheet, int percent) {
        progress.setValue(percent / 100.0);
        progressText.setText(getTranslation("importing.progress", stage, sheet.sheetName(), percent));
    }

    private void showReport(ImportReport report) {
        progress.setValue(1);
        SheetCounts total = report.total();
        boolean dryRun = report.options().dryRun();
        String headline;
        if (dryRun) {
            headline = getTranslation("importing.summary.dryRun", total.read(), total.imported(), total.unchanged(),
                    total.rejected(), total.skipped());
        } else if (report.committed()) {
            headline = getTranslation("importing.summary.done", total.read(), total.imported(), total.unchanged(),
                    total.rejected(), total.skipped());
        } else if (!report.rejections().isEmpty()) {
            headline = getTranslation("importing.summary.nothing", total.read(), total.rejected());
        } else {
            headline = getTranslation("importing.summary.noChange", total.read(), total.unchanged());
        }
        progressText.setText(getTranslation(dryRun ? "importing.progress.checked" : "importing.progress.finished"));
        Paragraph summary = new Paragraph(headline);
        summary.setId("import-summary");
        summary.addClassName("kube-summary");

        List<Sheet> sheets = new ArrayList<>(report.counts().keySet());
        sheets.sort(null);
        Grid<Sheet> counts = new Grid<>();
        counts.setId("import-counts");
        counts.addColumn(Sheet::fileName).setHeader(getTranslation("importing.col.table")).setAutoWidth(true);
        counts.addColumn(s -> report.of(s).read()).setHeader(getTranslation("importing.col.read"));
        counts.addColumn(s -> report.of(s).imported()).setHeader(getTranslation(dryRun
                ? "importing.col.wouldImport" : "importing.col.imported"));
        counts.addColumn(s -> report.of(s).unchanged()).setHeader(getTranslation("importing.col.unchanged"));
        counts.addColumn(s -> report.of(s).rejected()).setHeader(getTranslation("importing.col.rejected"));
        counts.addColumn(s -> report.of(s).skipped()).setHeader(getTranslation("importing.col.skipped"));
        counts.setItems(sheets);
        counts.setAllRowsVisible(true);
        counts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        result.removeAll();
        result.add(summary, counts);

        if (!report.rejections().isEmpty()) {
            Grid<Rejection> rejected = new Grid<>();
            rejected.setId("import-rejections");
            rejected.addColumn(r -> r.sheet().fileName()).setHeader(getTranslation("importing.col.table"))
                    .setAutoWidth(true).setFlexGrow(0);
            rejected.addColumn(Rejection::line).setHeader(getTranslation("importing.col.line")).setAutoWidth(true)
                    .setFlexGrow(0);
            rejected.addColumn(Rejection::key).setHeader(getTranslation("importing.col.key")).setAutoWidth(true)
                    .setFlexGrow(0);
            rejected.addColumn(r -> getTranslation("importing.reason." + r.reason().name()))
                    .setHeader(getTranslation("importing.col.reason")).setAutoWidth(true).setFlexGrow(0);
            rejected.addColumn(Rejection::message).setHeader(getTranslation("importing.col.message")).setFlexGrow(1);
            rejected.setItems(report.rejections());
            rejected.setAllRowsVisible(report.rejections().size() <= 20);
            if (report.rejections().size() > 20) {
                rejected.setHeight("28em");
            }
            rejected.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT,
                    GridVariant.LUMO_ROW_STRIPES);
            result.add(new H3(getTranslation("importing.rejections", report.rejections().size())), rejected);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
