package id.kube.admin.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The approval, facilitation and users screens say everything in both languages, nothing in one only. */
class FeatureBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"approval", "facilitation", "users"})
    void indonesianAndEnglishHaveTheSameKeys(String feature) throws IOException {
        Properties indonesian = load("i18n/" + feature + "_id.properties");
        Properties english = load("i18n/" + feature + "_en.properties");
        assertThat(indonesian.stringPropertyNames()).isNotEmpty().allMatch(key -> key.startsWith(feature + "."))
                .isEqualTo(english.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = FeatureBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
