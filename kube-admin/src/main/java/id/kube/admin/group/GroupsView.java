package id.kube.admin.group;

import java.util.Arrays;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.kube.admin.security.Role;
import id.kube.core.group.BusinessType;
import id.kube.core.group.GroupStage;
import id.kube.core.group.GroupStatus;
import id.kube.core.health.Grade;
import id.kube.core.region.InvalidRegionCodeException;
import id.kube.core.region.RegionCode;
import jakarta.annotation.security.RolesAllowed;

/** Every group the user may see, lazily loaded by keyset, with search and filters. */
@Menu(title = "nav.groups", icon = "vaadin:group", order = 20)
@Route("kelompok")
@RolesAllowed({Role.Names.TREASURER, Role.Names.FACILITATOR, Role.Names.DISTRICT_OFFICER, Role.Names.MINISTRY})
public class GroupsView extends Div implements HasDynamicTitle {

    private final Grid<GroupRow> grid = new Grid<>();
    private final KeysetPages pages;
    private final TextField search = new TextField();
    private final TextField region = new TextField();
    private final ComboBox<GroupStatus> status = new ComboBox<>();
    private final ComboBox<GroupStage> stage = new ComboBox<>();
    private final ComboBox<BusinessType> business = new ComboBox<>();
    private final ComboBox<Grade> health = new ComboBox<>();

    public GroupsView(GroupDirectory directory) {
        this.pages = new KeysetPages(directory);
        addClassName("kube-page");
        setId("groups");

        search.setPlaceholder(getTranslation("groups.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("groups-search");
        region.setPlaceholder(getTranslation("groups.region"));
        region.setValueChangeMode(ValueChangeMode.LAZY);
        region.setClearButtonVisible(true);
        region.setId("groups-region");
        status.setPlaceholder(getTranslation("groups.status"));
        status.setItems(GroupStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("status." + value.name()));
        status.setClearButtonVisible(true);
        stage.setPlaceholder(getTranslation("groups.stage"));
        stage.setItems(GroupStage.values());
        stage.setItemLabelGenerator(value -> getTranslation("stage." + value.name()));
        stage.setClearButtonVisible(true);
        business.setPlaceholder(getTranslation("groups.business"));
        business.setItems(Arrays.asList(BusinessType.values()));
        business.setItemLabelGenerator(BusinessType::label);
        business.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        health.setPlaceholder(getTranslation("groups.health"));
        health.setItems(Grade.values());
        health.setItemLabelGenerator(grade -> getTranslation("groups.health.grade", grade.name()));
        health.setClearButtonVisible(true);
        health.setId("groups-health");
        business.addValueChangeListener(e -> refresh());
        health.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, region, status, stage, business, health);
        filters.addClassName("kube-filters");

        grid.addColumn(GroupRow::name).setHeader(getTranslation("groups.name")).setFlexGrow(2).setAutoWidth(true);
        grid.addColumn(row -> row.villageName() + " (" + row.villageCode() + ")")
                .setHeader(getTranslation("groups.village")).setFlexGrow(2);
        grid.addComponentColumn(row -> badge(getTranslation("status." + row.status().name())))
                .setHeader(getTranslation("groups.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation("stage." + row.stage().name()))
                .setHeader(getTranslation("groups.stage")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GroupRow::activeMembers).setHeader(getTranslation("groups.members")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.healthGrade() == null ? "–" : row.healthGrade().name())
                .setHeader(getTranslation("groups.health")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> pages.fetch(query.getOffset(), query.getLimit()));
        grid.setPageSize(50);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(GroupView.class,
                GroupView.parameters(click.getItem().id()))));
        grid.setId("groups-grid");
        grid.setHeight("70vh");

        add(filters, grid);
    }

    private void refresh() {
        RegionCode regionCode = null;
        region.setInvalid(false);
        if (!region.isEmpty()) {
            try {
                regionCode = RegionCode.of(region.getValue().strip());
            } catch (InvalidRegionCodeException e) {
                region.setErrorMessage(getTranslation("groups.region.invalid"));
                region.setInvalid(true);
                return;
            }
        }
        pages.filter(new GroupFilter(search.getValue(), regionCode, status.getValue(), stage.getValue(),
                business.getValue(), health.getValue()));
        grid.getDataProvider().refreshAll();
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge pill");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.groups");
    }
}
