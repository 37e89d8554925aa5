package id.kube.admin.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Texts of the user interface in Bahasa Indonesia (first, the default) and English, from the resource bundles
 * {@code i18n/messages_id.properties} and {@code i18n/messages_en.properties}. A missing key shows as
 * {@code !key!} so a test or a reviewer sees it at once.
 */
@Component
public class KubeI18n implements I18NProvider {

    public static final Locale INDONESIAN = Locale.of("id", "ID");
    public static final Locale ENGLISH = Locale.of("en");

    private static final String BUNDLE = "i18n/messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(INDONESIAN, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** English when asked for English, Bahasa Indonesia for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? ENGLISH : INDONESIAN;
    }
}
