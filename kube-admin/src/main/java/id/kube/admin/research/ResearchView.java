package id.kube.admin.research;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;

import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.core.KubeCore;
import id.kube.core.export.ExportException;
import id.kube.core.export.ExportFormat;
import id.kube.core.export.ExportGrain;
import id.kube.core.export.Geography;
import id.kube.core.indicator.IndicatorDefinition;
import id.kube.core.indicator.IndicatorValue;
import id.kube.core.indicator.Indicators;
import id.kube.core.indicator.Period;
import id.kube.core.indicator.PeriodType;
import id.kube.core.indicator.RegionAggregate;
import id.kube.core.indicator.RegionLevel;
import id.kube.core.region.Region;
import id.kube.core.region.RegionCode;
import jakarta.annotation.security.RolesAllowed;

/**
 * Research data: choose region, periods, as-of date and grain, state the purpose, export CSV or XLSX with
 * codebook and manifest as one zip (progress shown while it runs, then a download link), and read the indicator
 * table by region with small cells marked. Pseudonymised and aggregated data only.
 */
@Menu(title = "nav.research", icon = "vaadin:flask", order = 60)
@Route("riset")
@RolesAllowed({Role.Names.RESEARCHER, Role.Names.MINISTRY})
public class ResearchView extends Div implements HasDynamicTitle {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ResearchView.class);
    private static final Pattern REGION = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    private final ResearchExports exports;
    private final ExecutorService pool;
    private final KubeCore core;
    private final KubeUser user;

    private final TextField region = new TextField();
    private final ComboBox<PeriodType> periodType = new ComboBox<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final DatePicker asOf = new DatePicker();
    private final ComboBox<ExportGrain> grain = new ComboBox<>();
    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final Checkbox districtOnly = new Checkbox();
    private final TextField purpose = new TextField();
    private final Button exportButton = new Button();
    private final Div progressBox = new Div();
    private final Element progress = new Element("progress");
    private final Span progressText = new Span();
    private final Div result = new Div();

    private final ComboBox<RegionLevel> level = new ComboBox<>();
    private final ComboBox<IndicatorDefinition> indicator = new ComboBox<>();
    private final Grid<RegionAggregate> table = new Grid<>();
    private final Paragraph tableNote = new Paragraph();

    private ResearchExports.@Nullable Finished finished;

    public ResearchView(CurrentUser currentUser, ResearchExports exports, ExecutorService researchExportPool,
                        KubeCore core) {
        this.exports = exports;
        this.pool = researchExportPool;
        this.core = core;
        this.user = currentUser.require();
        ResearchExports.requireResearchRole(user);
        addClassName("kube-page");
        setId("research");

        H2 title = new H2(getTranslation("research.title"));
        Paragraph intro = new Paragraph(getTranslation("research.intro"));
        intro.setId("research-intro");
        add(title, intro, exportForm(), progressBox, result, regionTablePanel());
        defaults();
    }

    private Div exportForm() {
        region.setLabel(getTranslation("research.region"));
        region.setPlaceholder("51.04");
        region.setHelperText(getTranslation("research.region.help"));
        region.setClearButtonVisible(true);
        region.setId("research-region");
        periodType.setLabel(getTranslation("research.periodType"));
        periodType.setItems(PeriodType.values());
        periodType.setItemLabelGenerator(t -> getTranslation("research.periodType." + t.name()));
        periodType.setId("research-period-type");
        from.setLabel(getTranslation("research.from"));
        from.setId("research-from");
        to.setLabel(getTranslation("research.to"));
        to.setId("research-to");
        from.setHelperText(getTranslation("research.period.help"));
        asOf.setLabel(getTranslation("research.asOf"));
        asOf.setHelperText(getTranslation("research.asOf.help"));
        asOf.setId("research-as-of");
        grain.setLabel(getTranslation("research.grain"));
        grain.setItems(ExportGrain.values());
        grain.setItemLabelGenerator(g -> getTranslation("research.grain." + g.name()));
        grain.setId("research-grain");
        grain.setMinWidth("19em");
        format.setLabel(getTranslation("research.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(ExportFormat::name);
        format.setId("research-format");
        districtOnly.setLabel(getTranslation("research.districtOnly"));
        districtOnly.setId("research-district-only");
        purpose.setLabel(getTranslation("research.purpose"));
        purpose.setHelperText(getTranslation("research.purpose.help"));
        purpose.setRequiredIndicatorVisible(true);
        purpose.setWidthFull();
        purpose.setId("research-purpose");
        exportButton.setText(getTranslation("research.export"));
        exportButton.setIcon(VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        exportButton.setId("research-export");
        exportButton.setDisableOnClick(true);
        exportButton.addClickListener(e -> startExport());

        progress.setAttribute("max", "100");
        progress.getStyle().set("width", "100%");
        progress.setAttribute("id", "research-progress");
        progressText.setId("research-progress-text");
        progressBox.getElement().appendChild(progress);
        progressBox.add(progressText);
        progressBox.setVisible(false);
        progressBox.addClassName("kube-research-progress");
        result.setId("research-result");
        result.setVisible(false);

        Div fields = new Div(region, periodType, from, to, asOf, grain, format, districtOnly);
        fields.addClassName("kube-filters");
        Div form = new Div(new H3(getTranslation("research.exportTitle")), fields, purpose, exportButton);
        form.addClassName("kube-panel");
        return form;
    }

    private void defaults() {
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
        Period lastMonth = Period.containing(PeriodType.MONTH, today.withDayOfMonth(1).minusDays(1));
        periodType.setValue(PeriodType.MONTH);
        from.setValue(Period.containing(PeriodType.MONTH, lastMonth.start().minusMonths(11)).label());
        to.setValue(lastMonth.label());
        asOf.setValue(today);
        asOf.setMax(today);
        grain.setValue(ExportGrain.GROUP_PERIOD);
        format.setValue(ExportFormat.CSV);
        level.setValue(RegionLevel.PROVINCE);
    }

    // ---- export

    private void startExport() {
        clearErrors();
        ResearchExports.Request request = request();
        if (request == null) {
            exportButton.setEnabled(true);
            return;
        }
        discardFinished();
        result.setVisible(false);
        result.removeAll();
        progressBox.setVisible(true);
        progress.removeAttribute("value");
        progressText.setText(getTranslation("research.progress.start"));
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        AtomicLong lastShown = new AtomicLong(-1);
        pool.submit(() -> {
            ResearchExports.Finished done = null;
            try {
                done = exports.export(user, request, (rows, total) -> {
                    if (rows != lastShown.getAndSet(rows)) {
                        ui.access(() -> showProgress(rows, total));
                    }
                });
                ResearchExports.Finished ready = done;
                ui.access(() -> showFinished(ready));
            } catch (UIDetachedException gone) {
                // the user left the page: nobody will download this export
                if (done != null) {
                    exports.discard(done);
                }
            } catch (ExportException e) {
                accessIfAttached(ui, () -> showRefusal(e));
            } catch (RuntimeException e) {
                log.error("research export failed for {}", user.username(), e);
                accessIfAttached(ui, () -> showFailure(e));
            }
        });
    }

    private static void accessIfAttached(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // nothing to show any more
        }
    }

    private ResearchExports.@Nullable Request request() {
        boolean ok = true;
        String regionCode = region.isEmpty() ? null : region.getValue().strip();
        if (regionCode != null && !REGION.matcher(regionCode).matches()) {
            invalid(region, getTranslation("research.error.region"));
            ok = false;
        }
        PeriodType type = periodType.getValue();
        Period first = period(from, type);
        Period last = period(to, type);
        if (first == null || last == null) {
            ok = false;
        } else if (last.compareTo(first) < 0) {
            invalid(to, getTranslation("research.error.order"));
            ok = false;
        }
        LocalDate date = asOf.getValue();
        if (date == null) {
            invalid(asOf, getTranslation("research.error.asOf"));
            ok = false;
        } else if (first != null && date.isBefore(first.start())) {
            invalid(asOf, getTranslation("research.error.asOfBefore"));
            ok = false;
        }
        String why = purpose.getValue().strip();
        if (why.length() < 10) {
            invalid(purpose, getTranslation("research.error.purpose"));
            ok = false;
        }
        if (!ok || first == null || last == null || date == null) {
            return null;
        }
        return new ResearchExports.Request(regionCode, type, first, last, date, grain.getValue(),
                districtOnly.getValue() ? Geography.DISTRICT : Geography.VILLAGE, format.getValue(), why);
    }

    private @Nullable Period period(TextField field, @Nullable PeriodType type) {
        if (type == null) {
            invalid(periodType, getTranslation("research.error.periodType"));
            return null;
        }
        try {
            Period p = Period.parse(field.getValue().strip());
            if (p.type() != type) {
                invalid(field, getTranslation("research.error.periodKind", example(type)));
                return null;
            }
            return p;
        } catch (RuntimeException e) {
            invalid(field, getTranslation("research.error.period", example(type)));
            return null;
        }
    }

    private static String example(PeriodType type) {
        return switch (type) {
            case MONTH -> "2025-03";
            case QUARTER -> "2025-Q1";
            case YEAR -> "2025";
        };
    }

    private void showProgress(long rows, long total) {
        if (total > 0) {
            long percent = Math.min(100, rows * 100 / total);
            progress.setAttribute("value", Long.toString(percent));
            progressText.setText(getTranslation("research.progress", String.format(getLocale(), "%,d", rows),
                    String.format(getLocale(), "%,d", total), percent));
        }
    }

    private void showFinished(ResearchExports.Finished done) {
        UI.getCurrent().setPollInterval(-1);
        finished = done;
        progress.setAttribute("value", "100");
        progressText.setText(getTranslation("research.progress.done",
                String.format(getLocale(), "%,d", done.result().rows())));
        Anchor download = new Anchor((DownloadEvent event) -> {
            event.setFileName(done.zipName());
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                exports.writeZip(user, done, out);
            }
        }, getTranslation("research.download", done.zipName()));
        download.setId("research-download");
        download.getElement().setAttribute("download", true);
        download.addClassName("kube-download");
        Paragraph summary = new Paragraph(getTranslation("research.summary", done.result().logId(),
                String.format(getLocale(), "%,d", done.result().rows()), done.result().dataSha256()));
        summary.setId("research-summary");
        result.removeAll();
        result.add(download, summary, new Paragraph(getTranslation("research.contents")));
        result.setVisible(true);
        exportButton.setEnabled(true);
    }

    private void showRefusal(ExportException e) {
        UI.getCurrent().setPollInterval(-1);
        progressBox.setVisible(false);
        switch (e.reason()) {
            case PURPOSE_REQUIRED -> invalid(purpose, e.getMessage());
            case TOO_MANY_ROWS_FOR_XLSX -> invalid(format, e.getMessage());
            default -> invalid(from, e.getMessage());
        }
        exportButton.setEnabled(true);
    }

    private void showFailure(RuntimeException e) {
        UI.getCurrent().setPollInterval(-1);
        progressText.setText(getTranslation("research.progress.failed"));
        exportButton.setEnabled(true);
    }

    private void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation f : List.<HasValidation>of(region, periodType, from, to, asOf, purpose, format)) {
            f.setInvalid(false);
        }
    }

    private void discardFinished() {
        if (finished != null) {
            exports.discard(finished);
            finished = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discardFinished();
        super.onDetach(detachEvent);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        showTable();
    }

    // ---- region table

    private Div regionTablePanel() {
        level.setLabel(getTranslation("research.level"));
        level.setItems(RegionLevel.NATIONAL, RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT);
        level.setItemLabelGenerator(l -> english() ? l.nameEn() : l.nameId());
        level.setId("research-level");
        indicator.setLabel(getTranslation("research.indicator"));
        indicator.setItems(Indicators.all());
        indicator.setItemLabelGenerator(d -> english() ? d.nameEn() : d.nameId());
        indicator.setPlaceholder(getTranslation("research.indicator.all"));
        indicator.setClearButtonVisible(true);
        indicator.setId("research-indicator");
        Button show = new Button(getTranslation("research.show"), e -> showTable());
        show.setId("research-show");

        table.addColumn(a -> regionLabel(a.regionCode())).setHeader(getTranslation("research.col.region"))
                .setFlexGrow(2).setAutoWidth(true);
        table.addColumn(a -> english() ? a.indicator().nameEn() : a.indicator().nameId())
                .setHeader(getTranslation("research.col.indicator")).setFlexGrow(3);
        table.addComponentColumn(this::valueCell).setHeader(getTranslation("research.col.value")).setAutoWidth(true);
        table.addColumn(a -> a.groupsMeasured() + " / " + a.groups()).setHeader(getTranslation("research.col.groups"))
                .setAutoWidth(true).setFlexGrow(0);
        table.addColumn(RegionAggregate::families).setHeader(getTranslation("research.col.families"))
                .setAutoWidth(true).setFlexGrow(0);
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        table.setId("research-table");
        table.setHeight("60vh");
        tableNote.setId("research-table-note");

        Div controls = new Div(level, indicator, show);
        controls.addClassName("kube-filters");
        Div panel = new Div(new H3(getTranslation("research.tableTitle")), controls, tableNote, table);
        panel.addClassName("kube-panel");
        return panel;
    }

    private void showTable() {
        Period period = period(to, periodType.getValue());
        LocalDate date = asOf.getValue();
        if (period == null || date == null || level.getValue() == null) {
            return;
        }
        String regionCode = region.isEmpty() || !REGION.matcher(region.getValue().strip()).matches() ? null
                : region.getValue().strip();
        List<RegionAggregate> rows = exports.regionTable(user, regionCode, period, date, level.getValue());
        IndicatorDefinition only = indicator.getValue();
        if (only != null) {
            rows = rows.stream().filter(a -> a.indicator().equals(only)).toList();
        }
        table.setItems(rows);
        tableNote.setText(getTranslation("research.tableNote", period.label(), date.toString(),
                id.kube.core.indicator.RegionAggregation.MIN_FAMILIES));
    }

    private Span valueCell(RegionAggregate a) {
        Span cell;
        if (a.suppressed()) {
            cell = new Span("◼ " + getTranslation("research.suppressed"));
            cell.addClassName("kube-suppressed");
            cell.getStyle().set("color", "var(--lumo-error-text-color)").set("font-style", "italic");
            cell.getElement().setAttribute("title", getTranslation("research.suppressed.title"));
        } else if (a.value() instanceof IndicatorValue.Measured m) {
            cell = new Span(format(a.indicator(), m.value()));
        } else {
            IndicatorValue.Missing missing = (IndicatorValue.Missing) a.value();
            cell = new Span(getTranslation("research.missing", english() ? missing.reason().labelEn()
                    : missing.reason().labelId()));
            cell.addClassName("kube-missing");
            cell.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        return cell;
    }

    private String format(IndicatorDefinition d, BigDecimal v) {
        return switch (d.unit()) {
            case RATIO -> v.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
            case RUPIAH -> id.kube.core.money.Rupiah.format(v.longValue());
            case COUNT -> v.stripTrailingZeros().toPlainString();
            default -> v.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " "
                    + (english() ? d.unit().labelEn() : d.unit().labelId());
        };
    }

    private String regionLabel(String code) {
        if (RegionLevel.NATIONAL_CODE.equals(code)) {
            return getTranslation("research.national");
        }
        try {
            return core.regions().find(RegionCode.of(code)).map(Region::name).map(n -> n + " (" + code + ")")
                    .orElse(code);
        } catch (RuntimeException e) {
            return code;
        }
    }

    private boolean english() {
        return "en".equals(getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.research");
    }
}
