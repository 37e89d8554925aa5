package id.kube.admin.i18n;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Every UI starts in Bahasa Indonesia unless the user switched this session to English; the browser's language
 * is deliberately not used (treasurers' phones are often set to English while they read Indonesian).
 */
@Component
public class LocaleInit implements VaadinServiceInitListener {

    private static final String SESSION_LOCALE = LocaleInit.class.getName() + ".locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(sessionLocale(ui.getUI().getSession())));
    }

    public static Locale sessionLocale(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_LOCALE);
        return chosen instanceof Locale locale ? locale : KubeI18n.INDONESIAN;
    }

    /** Switches this session's language and redraws the page in it. */
    public static void switchTo(Locale locale) {
        Locale supported = KubeI18n.supported(locale);
        VaadinSession.getCurrent().setAttribute(SESSION_LOCALE, supported);
        UI ui = UI.getCurrent();
        ui.setLocale(supported);
        ui.getPage().reload();
    }

}
