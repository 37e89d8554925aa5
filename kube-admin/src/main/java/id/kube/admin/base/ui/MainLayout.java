package id.kube.admin.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import id.kube.admin.i18n.KubeI18n;
import id.kube.admin.i18n.LocaleInit;
import id.kube.admin.security.CurrentUser;
import id.kube.admin.security.KubeUser;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every signed-in screen: a side navigation (a drawer on a phone), the screen's title, the user,
 * the language switch and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 title = new H1();

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        KubeUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        title.addClassName("kube-title");
        title.setId("page-title");

        boolean english = getLocale().getLanguage().equals("en");
        Button language = new Button(english ? "ID" : "EN",
                click -> LocaleInit.switchTo(english ? KubeI18n.INDONESIAN : KubeI18n.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("switch-language");
        language.setTooltipText(english ? "Bahasa Indonesia" : "English");

        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        Div navbar = new Div(title, language, logout);
        navbar.addClassName("kube-navbar");
        addToNavbar(toggle, navbar);

        Span logo = new Span("K");
        logo.addClassName("kube-logo");
        Div brand = new Div(logo, new Span("KUBE"));
        brand.addClassName("kube-brand");

        Span name = new Span(user.displayName());
        name.setId("current-user");
        Span role = new Span(getTranslation("role." + user.role().name()));
        role.addClassName("kube-role");
        Div who = new Div(name, role);
        who.addClassName("kube-user");

        addToDrawer(brand, new Scroller(navigation()), who);
    }

    /**
     * Every view that carries {@code @Menu(title = "nav.…", icon = "vaadin:…")} and that this user may open, in
     * the menu's order. The title is a message key so that each feature declares its own entry and its own
     * text; Vaadin's navigation access control leaves out what the user's role may not open.
     */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            item.setId("nav-" + entry.title().replace("nav.", "").replace('.', '-'));
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        title.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "KUBE");
    }
}
