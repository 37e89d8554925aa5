package id.kube.admin.groupsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.kube.core.activity.ActivityStatus;
import id.kube.core.event.EventException;
import id.kube.core.event.HelpKind;
import id.kube.core.event.PartnerType;
import id.kube.core.event.ShockKind;
import id.kube.core.event.SupportSource;
import id.kube.core.meeting.Attendance;
import id.kube.core.meeting.MeetingType;
import id.kube.core.support.Agency;
import id.kube.core.support.BasicService;
import id.kube.core.support.SupportException;
import id.kube.core.support.SupportKind;

/** The group tabs say everything in both languages, and every value and named refusal they show has its text. */
class GroupTabsBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"activity", "attendance", "visit", "health", "groupsupport"})
    void indonesianAndEnglishHaveTheSameKeys(String feature) throws IOException {
        Properties indonesian = load("i18n/" + feature + "_id.properties");
        Properties english = load("i18n/" + feature + "_en.properties");
        assertThat(indonesian.stringPropertyNames()).isNotEmpty().allMatch(key -> key.startsWith(feature + "."))
                .isEqualTo(english.stringPropertyNames());
        assertThat(english.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void everyValueShownAndEveryNamedRefusalHasItsText() throws IOException {
        Properties support = load("i18n/groupsupport_id.properties");
        for (List<? extends Enum<?>> values : List.of(List.of(Agency.values()), List.of(SupportKind.values()),
                List.of(ShockKind.values()), List.of(HelpKind.values()), List.of(PartnerType.values()),
                List.of(SupportSource.values()), List.of(BasicService.values()))) {
            for (Enum<?> value : values) {
                assertThat(support).containsKey("groupsupport." + value.getDeclaringClass().getSimpleName() + "."
                        + value.name());
            }
        }
        for (GroupSupportTab.Entry entry : GroupSupportTab.Entry.values()) {
            assertThat(support).containsKey("groupsupport.entry." + entry.name())
                    .containsKey("groupsupport.saved." + entry.name());
        }
        for (List<? extends Enum<?>> reasons : List.of(List.of(SupportException.Reason.values()),
                List.of(EventException.Reason.values()), List.of(GroupSupportException.Reason.values()))) {
            for (Enum<?> reason : reasons) {
                assertThat(support).containsKey("groupsupport.error." + reason.name());
            }
        }
        GroupSupportTab.TOPICS.values().forEach(topics -> topics.forEach(
                topic -> assertThat(support).containsKey("groupsupport.topic." + topic)));
        Properties activity = load("i18n/activity_id.properties");
        for (ActivityStatus status : ActivityStatus.values()) {
            assertThat(activity).containsKey("activity.status." + status.name());
        }
        Properties attendance = load("i18n/attendance_id.properties");
        for (MeetingType type : MeetingType.values()) {
            assertThat(attendance).containsKey("attendance.type." + type.name());
        }
        for (Attendance state : Attendance.values()) {
            assertThat(attendance).containsKey("attendance.state." + state.name());
        }
    }

    @Test
    void aTypedTopicBecomesTheCodeKubeCoreKeeps() {
        assertThat(GroupSupportTab.code(" digital marketing ")).isEqualTo("DIGITAL_MARKETING");
        assertThat(GroupSupportTab.code("Kemasan-produk 2")).isEqualTo("KEMASAN_PRODUK");
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = GroupTabsBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
