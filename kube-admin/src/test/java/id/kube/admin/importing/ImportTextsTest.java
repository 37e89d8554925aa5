package id.kube.admin.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import id.kube.seeds.importing.ImportMode;
import id.kube.seeds.importing.RejectionReason;

/** The import screen says everything in Bahasa Indonesia and English, including every rejection reason. */
class ImportTextsTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ImportTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(in);
        }
        return p;
    }

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        Properties indonesian = load("i18n/importing_id.properties");
        Properties english = load("i18n/importing_en.properties");
        assertThat(indonesian.stringPropertyNames()).isNotEmpty().allMatch(k -> k.startsWith("importing."))
                .isEqualTo(english.stringPropertyNames());
        assertThat(load("i18n/messages_id.properties")).containsKey("nav.import");
        assertThat(load("i18n/messages_en.properties")).containsKey("nav.import");
    }

    @Test
    void everyRejectionReasonAndModeHasItsTextAndTheIndonesianReasonIsTheImportersOwnLabel() throws IOException {
        Properties indonesian = load("i18n/importing_id.properties");
        Properties english = load("i18n/importing_en.properties");
        for (RejectionReason reason : RejectionReason.values()) {
            assertThat(indonesian.getProperty("importing.reason." + reason.name())).isEqualTo(reason.label());
            assertThat(english).containsKey("importing.reason." + reason.name());
        }
        for (ImportMode mode : ImportMode.values()) {
            assertThat(indonesian).containsKey("importing.mode." + mode.name());
        }
    }
}
