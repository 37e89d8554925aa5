package id.kube.seeds.scale;

import static id.kube.core.persistence.jooq.Tables.KUBE_GROUP;
import static id.kube.core.persistence.jooq.Tables.MEMBER;
import static id.kube.core.persistence.jooq.Tables.PERSON;
import static id.kube.ledger.persistence.jooq.Tables.LOAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.kube.core.group.GroupId;
import id.kube.core.member.Nik;
import id.kube.core.member.NikProtector;
import id.kube.ledger.check.InvariantChecker;
import id.kube.ledger.check.InvariantReport;
import id.kube.ledger.journal.ChainVerifier;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.LoanStatus;
import id.kube.ledger.loan.Portfolio;
import id.kube.testing.TestDatabase;
import id.kube.testing.TestDatabaseInfo;

@TestDatabase
class ScaleGeneratorTest {

    static final NikProtector PROTECTOR = NikProtector.fromSecret("scale-generator-test-secret-32-bytes!".getBytes(StandardCharsets.US_ASCII));
    static final int GROUPS = 50;

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOtherFiles(@TempDir Path first, @TempDir Path second, @TempDir Path other)
            throws IOException {
        ScaleGenerator.Result a = new ScaleGenerator(7, GROUPS, PROTECTOR).generate(first, 2);
        ScaleGenerator.Result b = new ScaleGenerator(7, GROUPS, PROTECTOR).generate(second, 1);
        ScaleGenerator.Result c = new ScaleGenerator(8, GROUPS, PROTECTOR).generate(other, 2);

        assertThat(a.digest()).isEqualTo(b.digest()).isNotEqualTo(c.digest());
        assertThat(a.rows()).isEqualTo(b.rows());
        for (ScaleTable table : ScaleTable.values()) {
            Path file = first.resolve(table.fileName(0));
            if (table == ScaleTable.PERSON) {
                // AES-GCM draws a fresh nonce per ciphertext: everything but the two cipher columns is identical
                assertThat(withoutCiphers(file)).isEqualTo(withoutCiphers(second.resolve(table.fileName(0))));
                assertThat(Files.readString(file)).isNotEqualTo(Files.readString(second.resolve(table.fileName(0))));
            } else {
                assertThat(Files.readAllBytes(file)).as(table.qualifiedName()).isEqualTo(Files.readAllBytes(second.resolve(table.fileName(0))));
            }
        }
        assertThat(a.rows().get(ScaleTable.KUBE_GROUP)).isEqualTo(GROUPS);
        assertThat(a.rows().get(ScaleTable.MEMBER)).isBetween(8L * GROUPS, 12L * GROUPS);
        assertThat(a.rows().get(ScaleTable.ACCOUNT)).isEqualTo(18L * GROUPS);
        assertThat(a.rows().get(ScaleTable.LEG)).isBetween(70L * GROUPS, 140L * GROUPS);
    }

    @Test
    void theLoadedGroupsPassTheLedgerChecksTheirChainsAndLoansReadBackAndNoNikIsStoredInClear(
            DataSource dataSource, DSLContext dsl, TestDatabaseInfo db, @TempDir Path dir) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ScaleCommand.Report report = ScaleCommand.run(ScaleCommand.Options.parse("--groups=" + GROUPS, "--seed=42",
                "--db=" + db.jdbcUrl(), "--dir=" + dir, "--keep-files", "--checks=row-by-row"), PROTECTOR,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);

        // the run printed the COPY figures beside the plain-COPY baseline of the same files
        assertThat(output).contains("ledger.leg", "plain rows/s", "plain COPY baseline", "clean");
        assertThat(report.load().checks()).isEqualTo(ScaleLoader.Checks.ROW_BY_ROW);
        assertThat(report.load().rows()).isEqualTo(report.generated().totalRows()).isEqualTo(report.baseline().rows());
        // the baseline's scratch schema is gone
        assertThat(dsl.fetchExists(dsl.selectOne().from(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("information_schema", "schemata")))
                .where(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("schema_name")).eq(ScaleLoader.BASELINE_SCHEMA)))).isFalse();

        InvariantReport invariants = new InvariantChecker(dataSource).checkAll();
        assertThat(invariants.violations()).isEmpty();
        assertThat(invariants.groupsChecked()).isGreaterThanOrEqualTo(GROUPS);

        List<UUID> groups = dsl.select(KUBE_GROUP.ID).from(KUBE_GROUP).where(KUBE_GROUP.REGISTRATION_NUMBER.like("SKALA-42-%"))
                .fetch(KUBE_GROUP.ID);
        assertThat(groups).hasSize(GROUPS);
        ChainVerifier chains = new ChainVerifier(dataSource);
        LoanBook loans = new LoanBook(dataSource, java.time.Clock.systemUTC());
        int withArrears = 0;
        int closedLoans = 0;
        for (UUID g : groups) {
            assertThat(chains.verify(new GroupId(g)).intact()).as("hash chain of " + g).isTrue();
            Portfolio portfolio = loans.portfolio(new GroupId(g), ScaleGenerator.OBSERVED_UNTIL);
            withArrears += portfolio.loans().stream().anyMatch(l -> l.daysPastDue() > 0) ? 1 : 0;
            closedLoans += (int) loans.loans(new GroupId(g)).stream().filter(l -> l.status() == LoanStatus.CLOSED).count();
        }
        assertThat(dsl.fetchCount(LOAN)).isPositive();
        assertThat(withArrears).as("groups with a loan in arrears").isPositive();
        assertThat(closedLoans).as("loans repaid in full").isPositive();

        // NIKs and KKs: only keyed hashes, ciphertexts and the masked form are stored; none appears in clear in the
        // database or in the generated files
        List<String> niks = new ArrayList<>();
        for (Record r : dsl.select(PERSON.NIK_HASH, PERSON.NIK_CIPHER, PERSON.NIK_MASKED, PERSON.BIRTH_DATE, PERSON.SEX).from(PERSON).fetch()) {
            Nik nik = PROTECTOR.decryptNik(r.get(PERSON.NIK_CIPHER));
            niks.add(nik.value());
            assertThat(r.get(PERSON.NIK_HASH)).isEqualTo(PROTECTOR.lookupHash(nik));
            assertThat(r.get(PERSON.NIK_MASKED)).isEqualTo(nik.masked());
            assertThat(nik.sex().name()).isEqualTo(r.get(PERSON.SEX));
            LocalDate born = r.get(PERSON.BIRTH_DATE);
            assertThat(nik.birthDay()).isEqualTo(born.getDayOfMonth());
            assertThat(nik.birthMonth()).isEqualTo(born.getMonthValue());
        }
        assertThat(niks).hasSize(dsl.fetchCount(PERSON)).doesNotHaveDuplicates();
        String personDump = dsl.selectFrom(PERSON).fetch().formatCSV() + dsl.selectFrom(MEMBER).fetch().formatCSV();
        String files;
        try (Stream<Path> list = Files.list(dir)) {
            StringBuilder all = new StringBuilder();
            for (Path f : list.toList()) {
                all.append(Files.readString(f));
            }
            files = all.toString();
        }
        for (String nik : niks) {
            assertThat(personDump).doesNotContain(nik);
            assertThat(files).doesNotContain(nik);
        }
    }

    @Test
    void withTriggersOffTheLoadChecksEveryForeignKeyBeforeCommitAndRollsBackABrokenOne(DataSource dataSource, DSLContext dsl,
                                                                                     @TempDir Path dir) throws Exception {
        ScaleGenerator.Result generated = new ScaleGenerator(99, 3, PROTECTOR).generate(dir, 1);
        // a member whose group is not in the file: only the after-load foreign-key check can catch it
        Path members = dir.resolve(ScaleTable.MEMBER.fileName(0));
        String text = Files.readString(members);
        String someGroup = text.substring(text.indexOf(',') + 1, text.indexOf(',', text.indexOf(',') + 1));
        Files.writeString(members, text.replaceFirst(someGroup, UUID.randomUUID().toString()));
        try (Connection c = dataSource.getConnection()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScaleLoader.load(c, dir, generated.shards(), s -> { },
                            ScaleLoader.Checks.AFTER_LOAD))
                    .hasMessageContaining("kube.member");
        }
        assertThat(dsl.fetchCount(KUBE_GROUP, KUBE_GROUP.REGISTRATION_NUMBER.like("SKALA-99-%"))).isZero();

        new ScaleGenerator(99, 3, PROTECTOR).generate(dir, 1);
        try (Connection c = dataSource.getConnection()) {
            ScaleLoader.Load load = ScaleLoader.load(c, dir, generated.shards(), s -> { }, ScaleLoader.Checks.AFTER_LOAD);
            assertThat(load.invariants().clean()).isTrue();
        }
        assertThat(dsl.fetchCount(KUBE_GROUP, KUBE_GROUP.REGISTRATION_NUMBER.like("SKALA-99-%"))).isEqualTo(3);
        assertThat(new InvariantChecker(dataSource).checkAll().violations()).isEmpty();
    }

    private static List<String> withoutCiphers(Path personFile) throws IOException {
        return Files.readAllLines(personFile).stream().map(line -> line.replaceAll("\\\\x[0-9a-f]{40,}", "*")).toList();
    }
}
