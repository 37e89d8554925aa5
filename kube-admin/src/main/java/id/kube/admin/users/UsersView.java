package id.kube.admin.users;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.kube.admin.security.Role;
import id.kube.core.facilitator.Facilitator;
import id.kube.core.rule.RuleViolation;
import jakarta.annotation.security.RolesAllowed;

/**
 * Users and roles for administrators: create an account (its first password shown once), deactivate or
 * reactivate it, reset its password, lift a lock; move a district officer to another regency; assign
 * facilitators to groups and end assignments. Every step goes through {@link UserAdministration}, which checks
 * the role again and audits it.
 */
@Menu(title = "nav.users", icon = "vaadin:users", order = 90)
@Route("pengguna")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final UserAdministration admin;
    private final Clock clock;
    private final Grid<UserLine> users = new Grid<>();
    private final Paragraph notice = new Paragraph();
    private final ComboBox<UserLine> officer = new ComboBox<>();
    private final ComboBox<Facilitator> assignmentFacilitator = new ComboBox<>();
    private final Grid<AssignmentLine> assignments = new Grid<>();
    private final Grid<AuditLine> audit = new Grid<>();

    public UsersView(UserAdministration admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
        addClassName("kube-page");
        setId("users");
        notice.setId("users-notice");
        notice.addClassName("kube-note");
        notice.setVisible(false);

        users.addColumn(UserLine::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        users.addColumn(UserLine::displayName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        users.addColumn(line -> getTranslation("role." + line.role().name())).setHeader(getTranslation("users.role"))
                .setAutoWidth(true);
        users.addColumn(UserLine::scope).setHeader(getTranslation("users.scope")).setAutoWidth(true);
        users.addComponentColumn(this::status).setHeader(getTranslation("users.status")).setAutoWidth(true);
        users.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        users.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        users.setAllRowsVisible(true);
        users.setId("users-grid");

        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withLocale(getLocale())
                .withZone(java.time.ZoneId.of("Asia/Jakarta"));
        audit.addColumn(line -> when.format(line.at()) + " WIB").setHeader(getTranslation("users.audit.when"))
                .setAutoWidth(true);
        audit.addColumn(AuditLine::actor).setHeader(getTranslation("users.audit.actor")).setAutoWidth(true);
        audit.addColumn(line -> getTranslation("users.audit.action." + line.action()))
                .setHeader(getTranslation("users.audit.action")).setAutoWidth(true);
        audit.addColumn(AuditLine::subject).setHeader(getTranslation("users.audit.subject")).setAutoWidth(true);
        audit.addThemeVariants(GridVariant.LUMO_COMPACT);
        audit.setAllRowsVisible(true);
        audit.setId("users-audit");

        add(new H2(getTranslation("users.title")), notice, newUserForm(), new H3(getTranslation("users.list")), users,
                regionForm(), assignmentPanel(), new H3(getTranslation("users.audit")), audit);
        refresh();
    }

    private void refresh() {
        List<UserLine> all = admin.users();
        users.setItems(all);
        officer.setItems(all.stream().filter(line -> line.role() == Role.DISTRICT_OFFICER).toList());
        audit.setItems(admin.recentEvents(20));
    }

    private void tell(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private Component status(UserLine line) {
        String key = !line.enabled() ? "users.status.disabled"
                : line.lockedAt(clock.instant()) ? "users.status.locked" : "users.status.active";
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(line.enabled() && !line.lockedAt(clock.instant()) ? "badge success pill"
                : "badge error pill");
        badge.addClassName("user-status");
        return badge;
    }

    private Component actions(UserLine line) {
        Div buttons = new Div();
        buttons.addClassName("kube-buttons");
        Button toggle = line.enabled()
                ? small("users.deactivate", "user-deactivate", () -> {
                    admin.deactivate(line.username());
                    tell(getTranslation("users.deactivated", line.username()));
                })
                : small("users.reactivate", "user-reactivate", () -> {
                    admin.reactivate(line.username());
                    tell(getTranslation("users.reactivated", line.username()));
                });
        Button reset = small("users.reset", "user-reset", () -> {
            String password = admin.resetPassword(line.username());
            tell(getTranslation("users.password", line.username(), password));
        });
        buttons.add(toggle, reset);
        if (line.lockedAt(clock.instant()) || line.failedLogins() > 0) {
            buttons.add(small("users.unlock", "user-unlock", () -> {
                admin.unlock(line.username());
                tell(getTranslation("users.unlocked", line.username()));
            }));
        }
        return buttons;
    }

    private Button small(String key, String className, Runnable action) {
        Button button = new Button(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(className);
        button.addClickListener(click -> {
            try {
                action.run();
                refresh();
            } catch (UserAdminException e) {
                tell(getTranslation("users.error." + e.reason().name()));
            }
        });
        return button;
    }

    private Div newUserForm() {
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("new-username");
        username.setHelperText(getTranslation("users.username.help"));
        TextField name = new TextField(getTranslation("users.name"));
        name.setId("new-name");
        ComboBox<Role> role = new ComboBox<>(getTranslation("users.role"));
        role.setItems(Arrays.asList(Role.values()));
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("new-role");
        ComboBox<GroupChoice> group = new ComboBox<>(getTranslation("users.group"));
        group.setItems(query -> admin.groups(query.getFilter().orElse(null), query.getOffset(), query.getLimit())
                .stream());
        group.setItemLabelGenerator(GroupChoice::label);
        group.setId("new-group");
        TextField region = new TextField(getTranslation("users.region"));
        region.setPlaceholder("51.04");
        region.setId("new-region");
        ComboBox<Facilitator> facilitator = new ComboBox<>(getTranslation("users.facilitator"));
        facilitator.setItems(admin.facilitators());
        facilitator.setItemLabelGenerator(Facilitator::fullName);
        facilitator.setHelperText(getTranslation("users.facilitator.help"));
        facilitator.setId("new-facilitator");
        group.setVisible(false);
        region.setVisible(false);
        facilitator.setVisible(false);
        role.addValueChangeListener(change -> {
            group.setVisible(change.getValue() == Role.TREASURER);
            region.setVisible(change.getValue() == Role.DISTRICT_OFFICER);
            facilitator.setVisible(change.getValue() == Role.FACILITATOR);
        });
        Button create = new Button(getTranslation("users.create"), VaadinIcon.USER_CHECK.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-create");
        create.addClickListener(click -> {
            List.<HasValidation>of(username, name, role, group, region).forEach(field -> field.setInvalid(false));
            if (role.isEmpty()) {
                role.setErrorMessage(getTranslation("users.error.ROLE_REQUIRED"));
                role.setInvalid(true);
                return;
            }
            try {
                String password = admin.create(new NewUser(username.getValue(), name.getValue(), role.getValue(),
                        group.getValue() == null ? null : group.getValue().id(), region.getValue(),
                        facilitator.getValue() == null ? null : facilitator.getValue().id()));
                tell(getTranslation("users.password", username.getValue().strip().toLowerCase(java.util.Locale.ROOT),
                        password));
                username.clear();
                name.clear();
                group.clear();
                region.clear();
                facilitator.clear();
                facilitator.setItems(admin.facilitators());
                assignmentFacilitator.setItems(admin.facilitators());
                refresh();
            } catch (UserAdminException e) {
                HasValidation field = switch (e.reason()) {
                    case USERNAME_INVALID, USERNAME_TAKEN -> username;
                    case NAME_REQUIRED -> name;
                    case GROUP_REQUIRED -> group;
                    case REGION_REQUIRED, REGION_INVALID -> region;
                    default -> role;
                };
                field.setErrorMessage(getTranslation("users.error." + e.reason().name()));
                field.setInvalid(true);
            }
        });
        FormLayout form = new FormLayout(username, name, role, group, region, facilitator);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        Div panel = new Div(new H3(getTranslation("users.new")), form, create);
        panel.addClassName("kube-panel");
        panel.setId("new-user");
        return panel;
    }

    private Div regionForm() {
        officer.setLabel(getTranslation("users.officer"));
        officer.setItemLabelGenerator(line -> line.username() + " · " + line.scope());
        officer.setId("region-officer");
        TextField region = new TextField(getTranslation("users.region"));
        region.setPlaceholder("51.04");
        region.setId("region-code");
        Button save = new Button(getTranslation("users.region.save"), click -> {
            region.setInvalid(false);
            if (officer.isEmpty()) {
                officer.setErrorMessage(getTranslation("users.error.NO_SUCH_USER"));
                officer.setInvalid(true);
                return;
            }
            try {
                admin.changeRegion(officer.getValue().username(), region.getValue());
                tell(getTranslation("users.region.changed", officer.getValue().username(), region.getValue().strip()));
                region.clear();
                refresh();
            } catch (UserAdminException e) {
                region.setErrorMessage(getTranslation("users.error." + e.reason().name()));
                region.setInvalid(true);
            }
        });
        save.setId("region-save");
        Div row = new Div(officer, region, save);
        row.addClassName("kube-inline-form");
        Div panel = new Div(new H3(getTranslation("users.region.title")), row);
        panel.addClassName("kube-panel");
        panel.getStyle().set("margin-top", "1rem");
        return panel;
    }

    private Div assignmentPanel() {
        assignmentFacilitator.setLabel(getTranslation("users.facilitator"));
        assignmentFacilitator.setItems(admin.facilitators());
        assignmentFacilitator.setItemLabelGenerator(Facilitator::fullName);
        assignmentFacilitator.setId("assign-facilitator");
        ComboBox<GroupChoice> group = new ComboBox<>(getTranslation("users.group"));
        group.setItems(query -> admin.groups(query.getFilter().orElse(null), query.getOffset(), query.getLimit())
                .stream());
        group.setItemLabelGenerator(GroupChoice::label);
        group.setId("assign-group");
        DatePicker from = new DatePicker(getTranslation("users.assign.from"), LocalDate.now(clock));
        from.setMax(LocalDate.now(clock));
        from.setId("assign-from");
        Paragraph error = new Paragraph();
        error.setId("assign-error");
        error.addClassName("kube-error");
        Button assign = new Button(getTranslation("users.assign"), VaadinIcon.PLUS.create());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("assign-save");
        assign.addClickListener(click -> {
            error.setText("");
            if (assignmentFacilitator.isEmpty() || group.isEmpty() || from.isEmpty()) {
                error.setText(getTranslation("users.assign.incomplete"));
                return;
            }
            try {
                admin.assign(assignmentFacilitator.getValue().id(), group.getValue().id(), from.getValue());
                tell(getTranslation("users.assigned", assignmentFacilitator.getValue().fullName(),
                        group.getValue().name()));
                group.clear();
                showAssignments();
                refresh();
            } catch (RuleViolation e) {
                error.setText(e.getMessage());
            } catch (UserAdminException e) {
                error.setText(getTranslation("users.error." + e.reason().name()));
            }
        });
        assignmentFacilitator.addValueChangeListener(change -> showAssignments());

        assignments.addColumn(AssignmentLine::groupName).setHeader(getTranslation("users.group")).setAutoWidth(true);
        assignments.addColumn(line -> DATE.withLocale(getLocale()).format(line.assignedOn()))
                .setHeader(getTranslation("users.assign.from")).setAutoWidth(true);
        assignments.addColumn(line -> line.endedOn() == null ? "–" : DATE.withLocale(getLocale()).format(line.endedOn()))
                .setHeader(getTranslation("users.assign.until")).setAutoWidth(true);
        assignments.addComponentColumn(line -> {
            if (line.endedOn() != null) {
                return new Span();
            }
            Button end = new Button(getTranslation("users.assign.end"), click -> {
                try {
                    admin.endAssignment(line.facilitator(), line.group(), LocalDate.now(clock));
                    tell(getTranslation("users.unassigned", line.facilitatorName(), line.groupName()));
                    showAssignments();
                    refresh();
                } catch (RuleViolation e) {
                    error.setText(e.getMessage());
                }
            });
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            end.addClassName("assignment-end");
            return end;
        }).setAutoWidth(true);
        assignments.setAllRowsVisible(true);
        assignments.setId("assignments-grid");
        assignments.setVisible(false);

        Div row = new Div(assignmentFacilitator, group, from, assign);
        row.addClassName("kube-inline-form");
        Div panel = new Div(new H3(getTranslation("users.assign.title")), row, error, assignments);
        panel.addClassName("kube-panel");
        panel.getStyle().set("margin-top", "1rem");
        return panel;
    }

    private void showAssignments() {
        Facilitator chosen = assignmentFacilitator.getValue();
        assignments.setVisible(chosen != null);
        assignments.setItems(chosen == null ? List.of() : admin.assignments(chosen.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
