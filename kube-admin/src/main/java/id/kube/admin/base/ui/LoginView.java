package id.kube.admin.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.kube.admin.i18n.KubeI18n;
import id.kube.admin.i18n.LocaleInit;

/** Sign-in, in the session's language, with a switch between Bahasa Indonesia and English. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("kube-login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(texts());

        Div brand = new Div(new Span("K"), new Text("KUBE"));
        brand.addClassName("kube-brand");
        brand.getChildren().findFirst().ifPresent(logo -> logo.getElement().getClassList().add("kube-logo"));

        Span tagline = new Span(getTranslation("login.tagline"));
        tagline.getStyle().set("text-align", "center").set("max-width", "22rem");

        boolean english = getLocale().getLanguage().equals("en");
        Button language = new Button(english ? "Bahasa Indonesia" : "English",
                click -> LocaleInit.switchTo(english ? KubeI18n.INDONESIAN : KubeI18n.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("switch-language");

        add(brand, tagline, login, language);
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · KUBE";
    }
}
