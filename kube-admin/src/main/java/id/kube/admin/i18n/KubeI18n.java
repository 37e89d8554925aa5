package id.kube.admin.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Texts of the user interface in Bahasa Indonesia (first, the default) and English. A key {@code loan.x.y}
 * is looked up first in the feature's own bundle {@code i18n/loan_id.properties} / {@code i18n/loan_en.properties}
 * (when that feature has one), then in the shared {@code i18n/messages_*.properties}; each feature keeps its
 * texts beside its screens instead of in one file everybody edits. A missing key shows as {@code !key!} so a
 * test or a reviewer sees it at once.
 */
@Component
public class KubeI18n implements I18NProvider {

    public static final Locale INDONESIAN = Locale.of("id", "ID");
    public static final Locale ENGLISH = Locale.of("en");

    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(INDONESIAN, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        String pattern = find(featureBundle(key), key, effective);
        if (pattern == null) {
            pattern = find(BUNDLE, key, effective);
        }
        if (pattern == null) {
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
    }

    private static String featureBundle(String key) {
        int dot = key.indexOf('.');
        return dot > 0 ? "i18n/" + key.substring(0, dot) : BUNDLE;
    }

    private static String find(String bundle, String key, Locale locale) {
        try {
            ResourceBundle texts = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK);
            return texts.containsKey(key) ? texts.getString(key) : null;
        } catch (MissingResourceException noSuchBundle) {
            return null;
        }
    }

    /** English when asked for English, Bahasa Indonesia for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? ENGLISH : INDONESIAN;
    }
}
