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

    @org.junit.jupiter.api.Test
    void everyNamedRefusalStateAndReasonHasItsText() throws IOException {
        Properties approval = load("i18n/approval_id.properties");
        Properties facilitation = load("i18n/facilitation_id.properties");
        Properties users = load("i18n/users_id.properties");
        for (ApprovalException.Reason reason : ApprovalException.Reason.values()) {
            assertThat(approval).containsKey("approval.error." + reason.name());
        }
        for (ReportState state : ReportState.values()) {
            assertThat(approval).containsKey("approval.state." + state.name())
                    .containsKey("approval.waiting." + state.name());
        }
        for (ApprovalAction action : ApprovalAction.values()) {
            assertThat(approval).containsKey("approval.event." + action.name());
        }
        for (var reason : id.kube.admin.facilitation.FacilitationException.Reason.values()) {
            assertThat(facilitation).containsKey("facilitation.error." + reason.name());
        }
        for (var reason : id.kube.core.visit.VisitRuleException.Reason.values()) {
            assertThat(facilitation).containsKey("facilitation.error." + reason.name());
        }
        for (var kind : id.kube.admin.facilitation.AttentionReason.Kind.values()) {
            assertThat(facilitation).containsKey("facilitation.reason." + kind.name());
        }
        for (var reason : id.kube.admin.users.UserAdminException.Reason.values()) {
            assertThat(users).containsKey("users.error." + reason.name());
        }
        for (String action : new String[] {"CREATED", "DEACTIVATED", "REACTIVATED", "PASSWORD_RESET", "UNLOCKED",
                "REGION_CHANGED", "FACILITATOR_ASSIGNED", "FACILITATOR_UNASSIGNED"}) {
            assertThat(users).containsKey("users.audit.action." + action);
        }
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
