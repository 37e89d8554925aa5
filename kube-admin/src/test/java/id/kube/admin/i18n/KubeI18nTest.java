package id.kube.admin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class KubeI18nTest {

    private final KubeI18n i18n = new KubeI18n();

    @Test
    void aKeyIsFoundInItsFeatureBundleFirstInTheUsersLanguage() {
        assertThat(i18n.getTranslation("probe.greeting", KubeI18n.INDONESIAN, "Wayan"))
                .isEqualTo("Halo dari bundel fitur, Wayan");
        assertThat(i18n.getTranslation("probe.greeting", KubeI18n.ENGLISH, "Wayan"))
                .isEqualTo("Hello from the feature bundle, Wayan");
    }

    @Test
    void aKeyWithoutAFeatureBundleComesFromTheSharedMessages() {
        assertThat(i18n.getTranslation("nav.dashboard", KubeI18n.INDONESIAN)).isEqualTo("Dasbor");
        assertThat(i18n.getTranslation("nav.dashboard", Locale.of("fr"))).isEqualTo("Dasbor");
    }

    @Test
    void aMissingKeyShowsItselfSoAReviewerSeesIt() {
        assertThat(i18n.getTranslation("probe.nothing", KubeI18n.ENGLISH)).isEqualTo("!probe.nothing!");
        assertThat(i18n.getTranslation("nokey", KubeI18n.ENGLISH)).isEqualTo("!nokey!");
    }
}
