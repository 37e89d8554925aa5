package id.kube.admin.group;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.time.Clock;

import id.kube.admin.activity.ActivitiesReader;
import id.kube.admin.activity.ActivitiesTab;
import id.kube.admin.attendance.MeetingsReader;
import id.kube.admin.attendance.MeetingsTab;
import id.kube.admin.books.BooksReader;
import id.kube.admin.books.BooksTab;
import id.kube.admin.entry.ContributionView;
import id.kube.admin.entry.TreasurerActions;
import id.kube.admin.facilitation.VisitLog;
import id.kube.admin.groupsupport.GroupSupportRegister;
import id.kube.admin.groupsupport.GroupSupportTab;
import id.kube.admin.health.HealthReader;
import id.kube.admin.health.HealthTab;
import id.kube.admin.loan.LoansReader;
import id.kube.admin.loan.LoansTab;
import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.Role;
import id.kube.admin.visit.VisitsTab;
import id.kube.core.KubeCore;
import id.kube.core.group.BusinessType;
import id.kube.core.group.Group;
import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.core.money.Rupiah;
import jakarta.annotation.security.RolesAllowed;

/**
 * One group's page. The group is looked up through {@link GroupDirectory}, i.e. narrowed by the user's scope:
 * an id outside it (edited URL) shows the same refusal as an unknown id and reveals nothing.
 */
@Route("kelompok/:groupId")
@RolesAllowed({Role.Names.TREASURER, Role.Names.FACILITATOR, Role.Names.DISTRICT_OFFICER, Role.Names.MINISTRY})
public class GroupView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final GroupDirectory directory;
    private final KubeCore core;
    private String title = "";

    private final CurrentUser currentUser;
    private final BooksReader booksReader;
    private final LoansReader loansReader;
    private final Clock clock;
    private final GroupTabsReaders readers;

    /** The readers of the activity, meeting, visit, health and support tabs (kept together in one field). */
    public record GroupTabsReaders(ActivitiesReader activities, MeetingsReader meetings, VisitLog visits,
                                   HealthReader health, GroupSupportRegister support) {
    }

    public GroupView(GroupDirectory directory, KubeCore core, CurrentUser currentUser, BooksReader booksReader,
                     LoansReader loansReader, Clock clock, ActivitiesReader activities, MeetingsReader meetings,
                     VisitLog visits, HealthReader health, GroupSupportRegister support) {
        this.readers = new GroupTabsReaders(activities, meetings, visits, health, support);
        this.directory = directory;
        this.core = core;
        this.currentUser = currentUser;
        this.booksReader = booksReader;
        this.loansReader = loansReader;
        this.clock = clock;
        addClassName("kube-page");
        setId("group");
    }

    public static RouteParameters parameters(GroupId id) {
        return new RouteParameters("groupId", id.value().toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<GroupRow> row = event.getRouteParameters().get("groupId").flatMap(GroupView::parse)
                .flatMap(directory::find);
        if (row.isEmpty()) {
            title = getTranslation("group.denied.title");
            Paragraph denied = new Paragraph(getTranslation("group.denied"));
            denied.setId("group-denied");
            add(new H2(title), denied);
            return;
        }
        Group group = core.groups().require(row.get().id());
        title = group.name();
        H2 heading = new H2(group.name());
        heading.setId("group-name");
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("group.tab.profile"), profile(group, row.get()));
        tabs.add(getTranslation("group.tab.members"), members(group));
        tabs.add(getTranslation("activity.tab"), new LazyTab(() -> new ActivitiesTab(readers.activities(), group.id())));
        tabs.add(getTranslation("attendance.tab"), new LazyTab(() -> new MeetingsTab(readers.meetings(), group.id())));
        tabs.add(getTranslation("visit.tab"), new LazyTab(() -> new VisitsTab(readers.visits(), group.id())));
        tabs.add(getTranslation("books.tab"), new LazyTab(() -> new BooksTab(booksReader, core, clock, group.id())));
        tabs.add(getTranslation("loan.tab"), new LazyTab(() -> new LoansTab(loansReader, core, clock, group.id())));
        tabs.add(getTranslation("health.tab"), new LazyTab(() -> new HealthTab(readers.health(), group.id())));
        tabs.add(getTranslation("groupsupport.tab"),
                new LazyTab(() -> new GroupSupportTab(readers.support(), group.id(), clock)));
        tabs.setWidthFull();
        add(heading);
        if (currentUser.require().role() == Role.TREASURER) {
            Button contribution = new Button(getTranslation("group.action.contribution"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(ContributionView.class, parameters(group.id()))));
            contribution.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            contribution.setId("record-contribution");
            add(TreasurerActions.bar(group.id(), contribution));
        }
        add(tabs);
    }

    private Div profile(Group group, GroupRow row) {
        Div cards = new Div(
                card(getTranslation("groups.status"), getTranslation("status." + group.status().name())),
                card(getTranslation("groups.stage"), getTranslation("stage." + group.stage().name())),
                card(getTranslation("groups.village"), row.villageName() + " (" + row.villageCode() + ")"),
                card(getTranslation("group.formedOn"), DATE.withLocale(getLocale()).format(group.formedOn())),
                card(getTranslation("groups.members"), String.valueOf(row.activeMembers())),
                card(getTranslation("group.stimulus"), group.stimulus() == null ? "–"
                        : Rupiah.format(group.stimulus().amount())),
                card(getTranslation("groups.business"), String.join(", ",
                        group.businessTypes().stream().map(BusinessType::label).sorted().toList())));
        cards.addClassName("kube-cards");
        return cards;
    }

    private Grid<Member> members(Group group) {
        Grid<Member> grid = new Grid<>();
        grid.addColumn(Member::fullName).setHeader(getTranslation("group.member.name")).setAutoWidth(true);
        grid.addColumn(member -> member.role().label()).setHeader(getTranslation("group.member.role"))
                .setAutoWidth(true);
        grid.addColumn(Member::nikMasked).setHeader("NIK").setAutoWidth(true);
        grid.addColumn(member -> DATE.withLocale(getLocale()).format(member.joinedOn()))
                .setHeader(getTranslation("group.member.joined")).setAutoWidth(true);
        grid.setItems(core.members().activeMembers(group.id()));
        grid.setAllRowsVisible(true);
        grid.setId("group-members");
        return grid;
    }

    private static Div card(String label, String value) {
        Span labelText = new Span(label);
        labelText.addClassName("kube-card-label");
        Span valueText = new Span(value);
        valueText.addClassName("kube-card-value");
        Div card = new Div(labelText, valueText);
        card.addClassName("kube-card");
        return card;
    }

    private static Optional<GroupId> parse(String value) {
        try {
            return Optional.of(new GroupId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
