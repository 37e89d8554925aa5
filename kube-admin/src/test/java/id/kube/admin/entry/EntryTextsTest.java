package id.kube.admin.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import id.kube.admin.i18n.KubeI18n;
import id.kube.core.meeting.Attendance;
import id.kube.core.meeting.MeetingType;
import id.kube.ledger.iks.IksPurpose;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.loan.FeeMethod;
import id.kube.ledger.loan.Frequency;
import id.kube.ledger.loan.LoanStatus;

/**
 * The treasurer's screens speak Bahasa Indonesia and English everywhere: both bundles of each feature have the
 * same keys, every text key written in the code of the entry, books, loan and meeting screens exists in both, and
 * so does every key built from an enum value (amount errors, IKS purposes, fee methods, entry kinds, ...).
 */
class EntryTextsTest {

    private static final List<String> FEATURES = List.of("entry", "books", "loan", "meeting");
    private static final Pattern KEY = Pattern.compile("\"((?:entry|books|loan|meeting)\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\"");

    private final KubeI18n i18n = new KubeI18n();

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EntryTextsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private void assertTranslated(String key) {
        for (Locale locale : List.of(KubeI18n.INDONESIAN, KubeI18n.ENGLISH)) {
            assertThat(i18n.getTranslation(key, locale, "x", "y", "z")).as(key + " in " + locale).doesNotStartWith("!");
        }
    }

    @Test
    void bothLanguagesOfEveryFeatureBundleHaveTheSameKeys() throws IOException {
        for (String feature : FEATURES) {
            assertThat(new TreeSet<>(bundle(feature + "_en").stringPropertyNames()))
                    .as(feature).isEqualTo(new TreeSet<>(bundle(feature + "_id").stringPropertyNames()));
        }
    }

    @Test
    void everyKeyWrittenInTheScreensCodeIsTranslated() throws IOException {
        Path root = Path.of("src/main/java/id/kube/admin");
        List<String> keys = new ArrayList<>();
        for (String feature : List.of("entry", "books", "loan", "meeting")) {
            try (Stream<Path> files = Files.walk(root.resolve(feature))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(100);
        keys.forEach(this::assertTranslated);
    }

    @Test
    void everyKeyBuiltFromAnEnumIsTranslated() {
        for (RupiahInput.InvalidAmountException.Reason reason : RupiahInput.InvalidAmountException.Reason.values()) {
            assertTranslated("entry.amount.error." + reason.name());
        }
        for (CashPostings.Kind kind : CashPostings.Kind.values()) {
            assertTranslated("entry.booking." + kind.name());
        }
        for (IksPurpose purpose : IksPurpose.values()) {
            assertTranslated("entry.iks.purpose." + purpose.name());
        }
        for (FeeMethod method : FeeMethod.values()) {
            assertTranslated("entry.loan.feeMethod." + method.name());
        }
        for (Frequency frequency : Frequency.values()) {
            assertTranslated("entry.loan.frequency." + frequency.name());
        }
        for (LoanStatus status : LoanStatus.values()) {
            assertTranslated("loan.status." + status.name());
        }
        for (EntryKind kind : EntryKind.values()) {
            assertTranslated("books.kind." + kind.name());
        }
        for (Attendance attendance : Attendance.values()) {
            assertTranslated("meeting.attendance." + attendance.name());
        }
        for (MeetingType type : MeetingType.values()) {
            assertTranslated("meeting.type." + type.name());
        }
        for (var policy : id.kube.ledger.account.OverpaymentPolicy.values()) {
            assertTranslated("entry.repay.policy." + policy.name());
        }
    }
}
