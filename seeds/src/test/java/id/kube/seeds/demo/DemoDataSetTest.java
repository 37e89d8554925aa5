package id.kube.seeds.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.kube.seeds.importing.IdentityNumbers;
import id.kube.seeds.template.Sheet;

class DemoDataSetTest {

    static DemoDataGenerator demo;

    @BeforeAll
    static void generate() {
        demo = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED);
        demo.generate();
    }

    @Test
    void committedCsvFilesAreExactlyWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
        demo.writeTo(dir);
        for (Sheet sheet : Sheet.values()) {
            assertThat(Files.readString(dir.resolve(sheet.fileName())))
                    .as(sheet.fileName() + " must be regenerated: java id.kube.seeds.demo.DemoDataGenerator seeds/data/demo")
                    .isEqualTo(Files.readString(Path.of("data/demo").resolve(sheet.fileName())));
        }
    }

    @Test
    void fortyGroupsInTheSevenRegencies() {
        List<List<String>> groups = demo.rows(Sheet.KELOMPOK);
        assertThat(groups).hasSize(40);
        assertThat(groups.stream().map(g -> g.get(2).substring(0, 5)).distinct())
                .containsExactlyInAnyOrder("19.02", "19.06", "51.04", "51.71", "52.01", "52.72", "35.14");
        Map<String, Long> sizes = demo.rows(Sheet.ANGGOTA).stream()
                .collect(Collectors.groupingBy(m -> m.getFirst(), Collectors.counting()));
        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isBetween(8L, 12L));
    }

    @Test
    void everyMemberHasAValidNikMatchingBirthDateAndSexAndEveryGroupOneChairAndOneTreasurer() {
        for (List<String> m : demo.rows(Sheet.ANGGOTA)) {
            assertThat(IdentityNumbers.checkNik(m.get(1), LocalDate.parse(m.get(5)), m.get(4).charAt(0)))
                    .as(m.toString()).isEmpty();
            assertThat(IdentityNumbers.checkFamilyCard(m.get(2))).isEmpty();
        }
        assertThat(demo.rows(Sheet.ANGGOTA).stream().map(m -> m.get(1)).distinct()).hasSize(demo.rows(Sheet.ANGGOTA).size());
        Map<String, List<String>> roles = demo.rows(Sheet.ANGGOTA).stream().collect(Collectors.groupingBy(
                m -> m.getFirst(), Collectors.mapping(m -> m.get(6), Collectors.toList())));
        assertThat(roles.values()).allSatisfy(r -> {
            assertThat(r.stream().filter("KETUA"::equals)).hasSize(1);
            assertThat(r.stream().filter("BENDAHARA"::equals)).hasSize(1);
        });
    }

    @Test
    void everyJournalBalancesAndCashIsNeverNegativeOnAnyValueDate() {
        Map<String, long[]> byId = new HashMap<>();
        for (List<String> leg : demo.rows(Sheet.TRANSAKSI)) {
            long[] t = byId.computeIfAbsent(leg.getFirst(), k -> new long[2]);
            t[0] += Long.parseLong(leg.get(5));
            t[1] += Long.parseLong(leg.get(6));
        }
        assertThat(byId.values()).allSatisfy(t -> assertThat(t[0]).isEqualTo(t[1]).isPositive());

        Map<String, List<List<String>>> cashByGroup = demo.rows(Sheet.TRANSAKSI).stream()
                .filter(leg -> leg.get(4).equals("KAS"))
                .collect(Collectors.groupingBy(leg -> leg.get(1)));
        cashByGroup.forEach((group, legs) -> {
            long cash = 0;
            for (List<String> leg : legs.stream().sorted(Comparator.comparing(l -> l.get(2))).toList()) {
                cash += Long.parseLong(leg.get(5)) - Long.parseLong(leg.get(6));
                assertThat(cash).as(group + " cash on " + leg.get(2)).isNotNegative();
            }
        });
    }

    @Test
    void theStoryHasEverythingTheDashboardsNeed() {
        List<String> types = demo.rows(Sheet.TRANSAKSI).stream().map(l -> l.get(3)).distinct().toList();
        assertThat(types).contains("HIBAH_STIMULUS", "SETORAN_PERTEMUAN", "PENJUALAN", "PEMBELIAN", "BIAYA",
                "PINJAMAN_CAIR", "ANGSURAN", "RESTRUKTURISASI", "IKS_SALUR", "SHU_BAGI");
        assertThat(demo.rows(Sheet.TRANSAKSI)).anyMatch(l -> l.get(9).startsWith("Angsuran terlambat"));
        assertThat(demo.rows(Sheet.PINJAMAN)).anyMatch(l -> !l.get(10).isEmpty());
        assertThat(demo.rows(Sheet.STATUS_KELOMPOK).stream().map(s -> s.get(2)).distinct())
                .contains("PEMBENTUKAN", "AKTIF", "DIBEKUKAN", "LULUS", "BUBAR");
        assertThat(demo.rows(Sheet.STATUS_KELOMPOK).stream().map(s -> s.get(3)).distinct())
                .contains("TUMBUH", "BERKEMBANG", "MAJU");
        assertThat(demo.rows(Sheet.SURVEI).stream().map(s -> s.get(4)).distinct()).contains("BASELINE", "LANJUTAN_1");
        assertThat(demo.rows(Sheet.KUNJUNGAN)).isNotEmpty();
        assertThat(demo.rows(Sheet.ANGGOTA)).anyMatch(m -> !m.get(15).isEmpty());
    }

    @Test
    void sameSeedSameData() {
        DemoDataGenerator again = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED);
        again.generate();
        for (Sheet sheet : Sheet.values()) {
            assertThat(again.rows(sheet)).isEqualTo(demo.rows(sheet));
        }
    }
}
