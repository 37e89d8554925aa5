package id.kube.seeds.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import id.kube.seeds.demo.DemoPlaces.Business;
import id.kube.seeds.demo.DemoPlaces.Regency;
import id.kube.seeds.demo.DemoPlaces.Village;
import id.kube.seeds.table.CsvFormat;
import id.kube.seeds.template.AccountCode;
import id.kube.seeds.template.Sheet;

/**
 * Writes the demo data set (about 40 KUBE groups in seven regencies/cities) as template CSV files. Deterministic:
 * the same seed gives byte-identical files, so the committed files under {@code seeds/data/demo} can be
 * regenerated with {@code java id.kube.seeds.demo.DemoDataGenerator seeds/data/demo}.
 *
 * <p>All people are invented. NIKs and KK numbers are well formed (district prefix, birth date with day + 40 for
 * women, serial) but use serials from 8001 upward and are paired with invented names, so they describe nobody.
 *
 * <p>The simulation keeps the books sane the way a careful treasurer would: cash never goes below zero, a loan
 * is only disbursed from cash the group has, every journal balances, surplus is shared only when there is one.
 */
public final class DemoDataGenerator {

    public static final long DEFAULT_SEED = 20_251_123L;
    /** The demo's "today": the last month of data is the one before. */
    public static final LocalDate DEMO_END = LocalDate.of(2026, 10, 31);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    enum Profile { SEHAT, BIASA, LEMAH, GAGAL }

    enum Behaviour { TEPAT, TERLAMBAT, MACET }

    private final Random random;
    private final Map<Sheet, List<List<String>>> rows = new EnumMap<>(Sheet.class);
    private int serial = 8001;

    public DemoDataGenerator(long seed) {
        this.random = new Random(seed);
        for (Sheet sheet : Sheet.values()) {
            rows.put(sheet, new ArrayList<>());
        }
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "seeds/data/demo");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        DemoDataGenerator generator = new DemoDataGenerator(seed);
        generator.generate();
        generator.writeTo(target);
        System.out.println("Data demo ditulis ke " + target.toAbsolutePath());
        for (Sheet sheet : Sheet.values()) {
            System.out.printf("  %-22s %7d baris%n", sheet.fileName(), generator.rows.get(sheet).size());
        }
    }

    /** Every Kemendagri code the demo uses: regencies/cities, districts and villages. */
    public static java.util.Set<String> regionCodes() {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (Regency regency : DemoPlaces.REGENCIES) {
            codes.add(regency.code());
            for (var district : regency.districts()) {
                codes.add(district.code());
                district.villages().forEach(v -> codes.add(v.code()));
            }
        }
        return codes;
    }

    /** The generated rows of one table, in file order (header excluded). */
    public List<List<String>> rows(Sheet sheet) {
        return rows.get(sheet);
    }

    public void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Sheet sheet : Sheet.values()) {
            try (Writer out = Files.newBufferedWriter(directory.resolve(sheet.fileName()), StandardCharsets.UTF_8)) {
                CsvFormat.writeRow(out, sheet.header());
                for (List<String> row : rows.get(sheet)) {
                    CsvFormat.writeRow(out, row);
                }
            }
        }
    }

    public void generate() {
        int[] groupsPerRegency = {6, 5, 7, 5, 7, 5, 5};
        int groupNumber = 0;
        for (int r = 0; r < DemoPlaces.REGENCIES.size(); r++) {
            Regency regency = DemoPlaces.REGENCIES.get(r);
            String regencyDigits = regency.code().replace(".", "");
            List<String> facilitatorCodes = new ArrayList<>();
            for (int f = 0; f < regency.facilitators().size(); f++) {
                String code = "PDP-" + regencyDigits + "-" + (f + 1);
                facilitatorCodes.add(code);
                add(Sheet.PENDAMPING, code, regency.facilitators().get(f), regency.code(), phone());
            }
            for (int g = 0; g < groupsPerRegency[r]; g++) {
                groupNumber++;
                String code = "KUBE-%s-%03d".formatted(regencyDigits, g + 1);
                new GroupSimulation(code, regency, g, groupNumber, facilitatorCodes.get(g % facilitatorCodes.size()))
                        .run();
            }
        }
    }

    private void add(Sheet sheet, Object... values) {
        List<String> row = new ArrayList<>(values.length);
        for (Object value : values) {
            row.add(value == null ? "" : value instanceof LocalDate d ? d.format(ISO) : value.toString());
        }
        if (row.size() != sheet.columns().size()) {
            throw new IllegalStateException(sheet + " expects " + sheet.columns().size() + " fields, got " + row);
        }
        rows.get(sheet).add(row);
    }

    private String phone() {
        return "08" + (11 + random.nextInt(10)) + String.format("%08d", random.nextInt(100_000_000));
    }

    private long between(long min, long max) {
        return min + (long) (random.nextDouble() * (max - min));
    }

    private static long roundTo(long amount, long unit) {
        return Math.max(unit, Math.round((double) amount / unit) * unit);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String yn(boolean value) {
        return value ? "Y" : "T";
    }

    // ------------------------------------------------------------------------------------------------------

    private final class Member {
        final String nik;
        final String kk;
        final String name;
        final boolean woman;
        final LocalDate birth;
        final String role;
        final LocalDate joined;
        LocalDate left;
        Behaviour behaviour;
        int meetingsAttended;
        long income;

        Member(String districtCode, String name, boolean woman, String role, LocalDate joined) {
            this.name = name;
            this.woman = woman;
            this.role = role;
            this.joined = joined;
            this.birth = LocalDate.of(1962 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String prefix = districtCode.replace(".", "");
            int day = birth.getDayOfMonth() + (woman ? 40 : 0);
            this.nik = prefix + "%02d%02d%02d%04d".formatted(day, birth.getMonthValue(), birth.getYear() % 100,
                    serial);
            LocalDate kkIssued = LocalDate.of(2012 + random.nextInt(10), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            this.kk = prefix + "%02d%02d%02d%04d".formatted(kkIssued.getDayOfMonth(), kkIssued.getMonthValue(),
                    kkIssued.getYear() % 100, serial);
            serial++;
        }

        boolean activeOn(LocalDate date) {
            return !joined.isAfter(date) && (left == null || left.isAfter(date));
        }
    }

    private static final class Loan {
        final String id;
        final Member member;
        final LocalDate disbursed;
        final long principal;
        final long feePerInstallment;
        final int installments;
        final int graceMonths;
        int paid;
        boolean closed;

        Loan(String id, Member member, LocalDate disbursed, long principal, long feePerInstallment,
             int installments, int graceMonths) {
            this.id = id;
            this.member = member;
            this.disbursed = disbursed;
            this.principal = principal;
            this.feePerInstallment = feePerInstallment;
            this.installments = installments;
            this.graceMonths = graceMonths;
        }

        /** Principal of installment {@code k} (1-based): equal parts, the remainder in the last one. */
        long principalPart(int k) {
            long part = principal / installments;
            return k == installments ? principal - part * (installments - 1) : part;
        }

        LocalDate due(int k) {
            return disbursed.plusMonths(graceMonths + k);
        }

        long outstandingPrincipal() {
            long repaid = 0;
            for (int k = 1; k <= paid; k++) {
                repaid += principalPart(k);
            }
            return principal - repaid;
        }
    }

    private final class GroupSimulation {
        final String code;
        final Regency regency;
        final Village village;
        final Business business;
        final Profile profile;
        final String facilitator;
        final LocalDate formed;
        final LocalDate lastDay;
        final int meetingDay;
        final long grant;
        final long principalSaving;
        final long monthlySaving;
        final long iksFee;
        final String feePercent;
        final List<Member> members = new ArrayList<>();
        final List<Loan> loans = new ArrayList<>();
        final Map<AccountCode, Long> balance = new EnumMap<>(AccountCode.class);
        int txNumber;
        int loanNumber;
        int meetingNumber;
        int visitNumber;
        int surveyWave;
        LocalDate suspendedFrom;
        final boolean pandemicCohort;
        final String finalStatus;

        GroupSimulation(String code, Regency regency, int indexInRegency, int groupNumber, String facilitator) {
            this.code = code;
            this.regency = regency;
            this.facilitator = facilitator;
            var district = regency.districts().get(indexInRegency % regency.districts().size());
            this.village = district.villages().get(random.nextInt(district.villages().size()));
            this.business = regency.businesses().get(indexInRegency % regency.businesses().size());
            this.meetingDay = 5 + random.nextInt(20);
            // Cohorts: a 2019 cohort that lived through the pandemic (data until mid 2022), a 2023 and a 2024 one.
            this.pandemicCohort = indexInRegency == 0;
            if (pandemicCohort) {
                this.formed = LocalDate.of(2019, 5 + random.nextInt(4), 1 + random.nextInt(27));
                this.lastDay = LocalDate.of(2022, 6, 30);
            } else if (indexInRegency % 2 == 1) {
                this.formed = LocalDate.of(2023, 9 + random.nextInt(4), 1 + random.nextInt(27));
                this.lastDay = DEMO_END;
            } else {
                this.formed = LocalDate.of(2024, 6 + random.nextInt(5), 1 + random.nextInt(27));
                this.lastDay = DEMO_END;
            }
            this.profile = switch (groupNumber % 8) {
                case 3 -> Profile.LEMAH;
                case 6 -> groupNumber % 16 == 6 ? Profile.GAGAL : Profile.LEMAH;
                case 1, 5 -> Profile.BIASA;
                default -> Profile.SEHAT;
            };
            this.finalStatus = pandemicCohort
                    ? (profile == Profile.GAGAL || profile == Profile.LEMAH ? "BUBAR" : "LULUS") : null;
            long perFamily = formed.getYear() == 2019 ? 2_000_000 : formed.getYear() == 2023 ? 2_500_000 : 3_000_000;
            int size = 8 + random.nextInt(5);
            this.grant = perFamily * size;
            this.principalSaving = 50_000;
            this.monthlySaving = pick(List.of(10_000L, 15_000L, 20_000L));
            this.iksFee = pick(List.of(2_000L, 3_000L, 5_000L));
            this.feePercent = "1.0";
            for (AccountCode account : AccountCode.values()) {
                balance.put(account, 0L);
            }
            createMembers(size, district.code());
        }

        void createMembers(int size, String districtCode) {
            String[] roles = {"KETUA", "SEKRETARIS", "BENDAHARA"};
            for (int i = 0; i < size; i++) {
                boolean woman = random.nextDouble() < 0.65;
                String name = pick(woman ? regency.womenNames() : regency.menNames());
                Member m = new Member(districtCode, name, woman, i < 3 ? roles[i] : "ANGGOTA", formed);
                double r = random.nextDouble();
                m.behaviour = switch (profile) {
                    case SEHAT -> r < 0.85 ? Behaviour.TEPAT : Behaviour.TERLAMBAT;
                    case BIASA -> r < 0.65 ? Behaviour.TEPAT : r < 0.95 ? Behaviour.TERLAMBAT : Behaviour.MACET;
                    case LEMAH -> r < 0.4 ? Behaviour.TEPAT : r < 0.8 ? Behaviour.TERLAMBAT : Behaviour.MACET;
                    case GAGAL -> r < 0.2 ? Behaviour.TEPAT : r < 0.5 ? Behaviour.TERLAMBAT : Behaviour.MACET;
                };
                m.income = roundTo(between(700_000, 1_800_000), 50_000);
                members.add(m);
            }
            if (profile != Profile.SEHAT || random.nextBoolean()) {
                Member leaver = members.get(3 + random.nextInt(members.size() - 3));
                leaver.left = formed.plusMonths(8 + random.nextInt(14));
                if (leaver.left.isAfter(lastDay)) {
                    leaver.left = null;
                }
            }
        }

        void run() {
            add(Sheet.KELOMPOK, code, groupName(), village.code(), formed, regency.bank(),
                    String.format("%010d", Math.abs(code.hashCode()) % 1_000_000_0000L), grant,
                    formed.plusDays(20), "KUBE-APBN-" + formed.getYear(), principalSaving, monthlySaving, iksFee,
                    feePercent, 12, 10, 40, facilitator);
            add(Sheet.STATUS_KELOMPOK, code, formed, "PEMBENTUKAN", "TUMBUH",
                    "Pembentukan kelompok dari musyawarah desa dan verifikasi DTSEN");
            add(Sheet.USAHA, code, business.type(), business.product(), formed.plusDays(30),
                    profile == Profile.GAGAL ? "BERHENTI" : "BERJALAN");
            for (Member m : members) {
                add(Sheet.ANGGOTA, code, m.nik, m.kk, m.name, m.woman ? "P" : "L", m.birth, m.role, address(),
                        "%03d".formatted(1 + random.nextInt(9)), "%03d".formatted(1 + random.nextInt(6)),
                        village.code(), random.nextDouble() < 0.8 ? phone() : "",
                        yn(!m.woman || random.nextDouble() < 0.3),
                        random.nextDouble() < 0.85 ? String.valueOf(1 + random.nextInt(4)) : "", m.joined,
                        m.left);
            }
            survey(formed.plusDays(5));

            LocalDate grantDay = formed.plusDays(20);
            post(grantDay, "HIBAH_STIMULUS", "Bantuan stimulus KUBE diterima di rekening kelompok",
                    leg(AccountCode.BANK, grant, 0), leg(AccountCode.MODAL_HIBAH, 0, grant));
            long withdraw = roundTo(grant * 8 / 10, 100_000);
            post(grantDay.plusDays(2), "TARIK_BANK", "Penarikan dana stimulus untuk modal usaha",
                    leg(AccountCode.KAS, withdraw, 0), leg(AccountCode.BANK, 0, withdraw));
            long stock = roundTo(grant * 45 / 100, 50_000);
            post(grantDay.plusDays(3), "PEMBELIAN_MODAL", "Pembelian peralatan dan bahan awal: " + business.product(),
                    leg(AccountCode.PERSEDIAAN, stock, 0), leg(AccountCode.KAS, 0, stock));

            YearMonth first = YearMonth.from(grantDay).plusMonths(1);
            YearMonth last = YearMonth.from(lastDay);
            if (profile == Profile.GAGAL) {
                suspendedFrom = formed.plusMonths(14 + random.nextInt(6));
            }
            boolean promoted = false;
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                LocalDate day = month.atDay(Math.min(meetingDay, month.lengthOfMonth()));
                if (day.isAfter(lastDay)) {
                    break;
                }
                if (month.equals(first)) {
                    add(Sheet.STATUS_KELOMPOK, code, day, "AKTIF", "TUMBUH",
                            "Pengurus lengkap (ketua, sekretaris, bendahara) dan bantuan stimulus diterima");
                }
                if (suspendedFrom != null && day.isAfter(suspendedFrom)) {
                    add(Sheet.STATUS_KELOMPOK, code, suspendedFrom, "DIBEKUKAN", "TUMBUH",
                            "Tidak ada pertemuan tiga bulan berturut-turut, usaha berhenti, angsuran macet");
                    visit(suspendedFrom.plusDays(10), "Kelompok tidak aktif; bendahara tidak dapat dihubungi, "
                            + "sebagian anggota merantau", "Laporan ke Dinas Sosial untuk pembinaan ulang");
                    break;
                }
                simulateMonth(month, day);
                if (!promoted && profile == Profile.SEHAT && month.equals(first.plusMonths(15))) {
                    add(Sheet.STATUS_KELOMPOK, code, day, "AKTIF", "BERKEMBANG",
                            "Modal bertambah, pertemuan rutin, pengembalian pinjaman lancar");
                    promoted = true;
                }
                if (promoted && !pandemicCohort && month.equals(first.plusMonths(30))) {
                    add(Sheet.STATUS_KELOMPOK, code, day, "AKTIF", "MAJU",
                            "IKS tersalur ke anggota dan warga, modal kelompok tumbuh di atas stimulus, "
                                    + "penjualan daring berjalan");
                }
            }
            if (finalStatus != null) {
                boolean graduated = finalStatus.equals("LULUS");
                if (!graduated) {
                    // a dissolved group writes off what its members still owe (members' meeting decision)
                    for (Loan loan : loans) {
                        long outstanding = loan.closed ? 0 : loan.outstandingPrincipal();
                        if (outstanding > 0) {
                            loan.closed = true;
                            post(lastDay, "HAPUS_BUKU", "Penghapusan pinjaman macet " + loan.id
                                            + " saat pembubaran kelompok (keputusan rapat anggota)",
                                    List.of(new Leg(AccountCode.BEBAN_PENGHAPUSAN, outstanding, 0, null, null),
                                            new Leg(AccountCode.PIUTANG_PINJAMAN, 0, outstanding, loan.member.nik, loan.id)));
                        }
                    }
                }
                add(Sheet.STATUS_KELOMPOK, code, lastDay, finalStatus, graduated ? "MAJU" : "TUMBUH",
                        graduated ? "Graduasi: usaha mandiri, IKS tersalur ke anggota, modal tumbuh di atas stimulus"
                                : "Dibubarkan atas kesepakatan anggota; sisa aset diserahkan ke desa");
            }
        }

        String groupName() {
            int index = Integer.parseInt(code.substring(code.length() - 3)) - 1;
            return "KUBE " + regency.groupNames().get(index % regency.groupNames().size());
        }

        String address() {
            String[] prefixes = regency.code().startsWith("51") ? new String[] {"Banjar "}
                    : regency.code().startsWith("52") ? new String[] {"Dusun ", "Lingkungan "}
                    : regency.code().startsWith("35") ? new String[] {"Dusun ", "Jl. "} : new String[] {"Jl. ", "Dusun "};
            String[] names = {"Kaja", "Kelod", "Tengah", "Baru", "Sari", "Asri", "Makmur", "Merdeka", "Mawar",
                    "Melati", "Pelita", "Harapan"};
            return prefixes[random.nextInt(prefixes.length)] + names[random.nextInt(names.length)];
        }

        List<Member> activeMembers(LocalDate day) {
            return members.stream().filter(m -> m.activeOn(day)).toList();
        }

        boolean pandemic(YearMonth month) {
            return !month.isBefore(YearMonth.of(2020, 4)) && !month.isAfter(YearMonth.of(2021, 9));
        }

        void simulateMonth(YearMonth month, LocalDate day) {
            boolean failingNow = profile == Profile.GAGAL && suspendedFrom != null
                    && day.isAfter(suspendedFrom.minusMonths(6));
            double skip = switch (profile) {
                case SEHAT -> 0.0;
                case BIASA -> 0.05;
                case LEMAH -> 0.15;
                case GAGAL -> failingNow ? 0.6 : 0.15;
            };
            boolean meetingHeld = random.nextDouble() >= skip || month.getMonthValue() == 12;
            List<Member> active = activeMembers(day);

            // Posted in date order (purchases on the 3rd, the meeting day d, then d+1, d+2, sales at month end)
            // so that cash is never negative on any value date, not only at the end of the simulation.
            double factor = switch (profile) {
                case SEHAT -> 1.0;
                case BIASA -> 0.85;
                case LEMAH -> 0.65;
                case GAGAL -> failingNow ? 0.25 : 0.6;
            };
            if (pandemic(month)) {
                factor *= 0.45;
            }
            long sales = roundTo((long) (between(business.salesMin(), business.salesMax()) * factor), 5_000);
            long purchases = Math.min(roundTo(sales * (55 + random.nextInt(15)) / 100, 5_000), cash() - 100_000);
            if (purchases > 0) {
                post(month.atDay(3), "PEMBELIAN", "Belanja bahan/barang " + business.product() + " " + month,
                        leg(AccountCode.PEMBELIAN, purchases, 0), leg(AccountCode.KAS, 0, purchases));
            }
            if (meetingHeld) {
                meeting(month, day, active, failingNow);
            }
            if (pandemicCohort && month.equals(YearMonth.of(2020, 5))) {
                restructure(day);
            }
            repayments(month, day, failingNow);
            if (meetingHeld && month.getMonthValue() % 3 == 1 && !failingNow) {
                disburseLoans(day, active);
            }
            if (meetingHeld && random.nextDouble() < (pandemic(month) ? 0.3 : 0.08)) {
                iksPayout(day.plusDays(1), active);
            }
            if (month.getMonthValue() == 12 && !failingNow) {
                surplusSharing(month.getYear(), day.plusDays(2), active);
            }
            post(month.atEndOfMonth().minusDays(2), "PENJUALAN", "Rekap penjualan " + business.product() + " " + month,
                    leg(AccountCode.KAS, sales, 0), leg(AccountCode.PENJUALAN, 0, sales));
            long costs = Math.min(roundTo(sales * (5 + random.nextInt(6)) / 100, 1_000), cash() - 50_000);
            if (costs > 0) {
                post(month.atEndOfMonth().minusDays(1), "BIAYA",
                        "Biaya operasional (transport, kemasan, listrik) " + month,
                        leg(AccountCode.BIAYA_OPERASIONAL, costs, 0), leg(AccountCode.KAS, 0, costs));
            }
            if (month.getMonthValue() % (profile == Profile.SEHAT ? 3 : 2) == 0) {
                routineVisit(day.plusDays(3 + random.nextInt(10)), failingNow);
            }
            if (month.equals(YearMonth.from(formed).plusMonths(12)) || month.equals(YearMonth.from(formed).plusMonths(24))) {
                survey(day.plusDays(4));
            }
        }

        void meeting(YearMonth month, LocalDate day, List<Member> active, boolean failingNow) {
            meetingNumber++;
            String id = code + "-P" + "%03d".formatted(meetingNumber);
            boolean annual = month.getMonthValue() == 12;
            String decision = meetingNumber == 1
                    ? "Pertemuan pertama: pengurus dipilih, aturan kelompok (AD/ART), iuran dan jasa pinjaman disepakati"
                    : annual ? "Rapat anggota tahunan: laporan pengurus diterima, SHU tahun " + month.getYear()
                    + " disepakati dibagi sesuai aturan kelompok"
                    : pick(List.of("Iuran wajib dan IKS disetor; giliran belanja bahan disepakati",
                    "Evaluasi penjualan bulan lalu; harga jual disesuaikan",
                    "Pengajuan pinjaman anggota dibahas dan disetujui",
                    "Pengingat angsuran yang tertunggak; kunjungan ke anggota terlambat",
                    "Rencana ikut pameran UMKM kabupaten"));
            if (pandemic(month)) {
                decision = "Masa pandemi: pertemuan terbatas; " + decision.toLowerCase(Locale.ROOT);
            }
            add(Sheet.PERTEMUAN, id, code, day, annual ? "RAPAT_ANGGOTA_TAHUNAN" : "RUTIN", decision);
            double presence = switch (profile) {
                case SEHAT -> 0.92;
                case BIASA -> 0.82;
                case LEMAH -> 0.65;
                case GAGAL -> failingNow ? 0.35 : 0.6;
            };
            if (pandemic(month)) {
                presence -= 0.15;
            }
            List<Leg> legs = new ArrayList<>();
            long total = 0;
            boolean firstMeeting = meetingNumber == 1;
            for (Member m : active) {
                boolean present = m.role.equals("BENDAHARA") || random.nextDouble() < presence;
                add(Sheet.KEHADIRAN, id, m.nik, yn(present));
                if (!present) {
                    continue;
                }
                m.meetingsAttended++;
                if (firstMeeting) {
                    legs.add(new Leg(AccountCode.SIMPANAN_POKOK, 0, principalSaving, m.nik, null));
                    total += principalSaving;
                }
                legs.add(new Leg(AccountCode.SIMPANAN_WAJIB, 0, monthlySaving, m.nik, null));
                legs.add(new Leg(AccountCode.DANA_IKS, 0, iksFee, m.nik, null));
                total += monthlySaving + iksFee;
            }
            if (total > 0) {
                legs.addFirst(new Leg(AccountCode.KAS, total, 0, null, null));
                post(day, "SETORAN_PERTEMUAN", "Setoran simpanan dan IKS pertemuan " + id, legs);
            }
        }

        void disburseLoans(LocalDate day, List<Member> active) {
            List<Member> candidates = new ArrayList<>(active.stream()
                    .filter(m -> loans.stream().noneMatch(l -> l.member == m && !l.closed)).toList());
            java.util.Collections.shuffle(candidates, random);
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < Math.min(count, candidates.size()); i++) {
                long available = cash() - 300_000;
                long principal = Math.min(roundTo(between(500_000, 2_000_000), 100_000), available / 100_000 * 100_000);
                if (principal < 300_000) {
                    return;
                }
                Member m = candidates.get(i);
                loanNumber++;
                int installments = principal >= 1_500_000 ? 12 : 10;
                Loan loan = new Loan(code + "-L" + "%03d".formatted(loanNumber), m, day, principal,
                        principal / 100, installments, 0);
                loans.add(loan);
                add(Sheet.PINJAMAN, loan.id, code, m.nik, day, principal, feePercent, "FLAT", "BULANAN",
                        installments, 0, "", "Pinjaman modal usaha anggota");
                post(day, "PINJAMAN_CAIR", "Pencairan pinjaman dana bergulir " + loan.id,
                        List.of(new Leg(AccountCode.PIUTANG_PINJAMAN, principal, 0, m.nik, loan.id),
                                new Leg(AccountCode.KAS, 0, principal, null, null)));
            }
        }

        void repayments(YearMonth month, LocalDate meetingDate, boolean failingNow) {
            for (Loan loan : loans) {
                if (loan.closed) {
                    continue;
                }
                int dueNow = 0;
                for (int k = loan.paid + 1; k <= loan.installments; k++) {
                    if (!YearMonth.from(loan.due(k)).isAfter(month)) {
                        dueNow = k;
                    }
                }
                if (dueNow == 0) {
                    continue;
                }
                Behaviour b = failingNow ? Behaviour.MACET : loan.member.behaviour;
                int payUpTo = switch (b) {
                    case TEPAT -> dueNow;
                    case TERLAMBAT -> random.nextDouble() < 0.55 ? dueNow : Math.max(loan.paid, dueNow - 1 - random.nextInt(2));
                    case MACET -> loan.paid < 3 ? dueNow : loan.paid;
                };
                if (payUpTo <= loan.paid) {
                    continue;
                }
                long principal = 0;
                long fee = 0;
                for (int k = loan.paid + 1; k <= payUpTo; k++) {
                    principal += loan.principalPart(k);
                    fee += loan.feePerInstallment;
                }
                boolean late = payUpTo < dueNow || loan.due(loan.paid + 1).isBefore(month.atDay(1));
                // Installments are paid at the monthly meeting; a late one is paid at a later meeting.
                LocalDate day = meetingDate;
                loan.paid = payUpTo;
                List<Leg> legs = new ArrayList<>();
                legs.add(new Leg(AccountCode.KAS, principal + fee, 0, null, null));
                legs.add(new Leg(AccountCode.PIUTANG_PINJAMAN, 0, principal, loan.member.nik, loan.id));
                if (fee > 0) {
                    legs.add(new Leg(AccountCode.PENDAPATAN_JASA, 0, fee, loan.member.nik, loan.id));
                }
                post(day, "ANGSURAN", (late ? "Angsuran terlambat " : "Angsuran ") + loan.id + " ke-" + payUpTo, legs);
                if (loan.paid == loan.installments) {
                    loan.closed = true;
                }
            }
        }

        /** Pandemic relief (2020): outstanding principal moves to a new loan, lower fee, 3 months' grace. */
        void restructure(LocalDate day) {
            for (Loan old : List.copyOf(loans)) {
                if (old.closed || old.outstandingPrincipal() == 0) {
                    continue;
                }
                long outstanding = old.outstandingPrincipal();
                old.closed = true;
                loanNumber++;
                int installments = old.installments - old.paid + 4;
                Loan renewed = new Loan(code + "-L" + "%03d".formatted(loanNumber), old.member, day, outstanding,
                        outstanding / 200, installments, 3);
                loans.add(renewed);
                add(Sheet.PINJAMAN, renewed.id, code, old.member.nik, day, outstanding, "0.5", "FLAT", "BULANAN",
                        installments, 3, old.id, "Restrukturisasi masa pandemi COVID-19 (keputusan rapat anggota)");
                post(day, "RESTRUKTURISASI", "Restrukturisasi " + old.id + " menjadi " + renewed.id,
                        List.of(new Leg(AccountCode.PIUTANG_PINJAMAN, outstanding, 0, old.member.nik, renewed.id),
                                new Leg(AccountCode.PIUTANG_PINJAMAN, 0, outstanding, old.member.nik, old.id)));
            }
        }

        void iksPayout(LocalDate day, List<Member> active) {
            long fund = balance.get(AccountCode.DANA_IKS);
            if (fund < 150_000 || active.isEmpty()) {
                return;
            }
            long amount = Math.min(roundTo(between(100_000, 400_000), 50_000), Math.min(fund, cash()) / 50_000 * 50_000);
            if (amount <= 0) {
                return;
            }
            Member m = pick(active);
            String purpose = pick(List.of("Santunan IKS: anggota sakit dirawat di puskesmas",
                    "Santunan IKS: duka cita keluarga anggota", "Bantuan IKS: rumah anggota rusak terkena banjir",
                    "Bantuan IKS: biaya sekolah anak anggota", "Bantuan IKS: warga lanjut usia di lingkungan"));
            post(day, "IKS_SALUR", purpose, List.of(new Leg(AccountCode.DANA_IKS, amount, 0, m.nik, null),
                    new Leg(AccountCode.KAS, 0, amount, null, null)));
        }

        void surplusSharing(int year, LocalDate day, List<Member> active) {
            long surplus = yearIncome.getOrDefault(year, 0L);
            if (surplus <= 0 || active.isEmpty()) {
                return;
            }
            long toIks = surplus * 10 / 100;
            long toMembers = Math.min(surplus * 40 / 100, Math.max(0, cash() - 200_000));
            if (toMembers <= 0) {
                return;
            }
            // Members' share by participation (meetings attended), largest remainder so the parts sum exactly.
            long weights = active.stream().mapToLong(m -> Math.max(1, m.meetingsAttended)).sum();
            long[] parts = new long[active.size()];
            double[] remainders = new double[active.size()];
            long assigned = 0;
            for (int i = 0; i < active.size(); i++) {
                double exact = (double) toMembers * Math.max(1, active.get(i).meetingsAttended) / weights;
                parts[i] = (long) Math.floor(exact);
                remainders[i] = exact - parts[i];
                assigned += parts[i];
            }
            for (long left = toMembers - assigned; left > 0; left--) {
                int best = 0;
                for (int i = 1; i < remainders.length; i++) {
                    if (remainders[i] > remainders[best]) {
                        best = i;
                    }
                }
                parts[best]++;
                remainders[best] = -1;
            }
            List<Leg> legs = new ArrayList<>();
            legs.add(new Leg(AccountCode.DISTRIBUSI_SHU, toIks + toMembers, 0, null, null));
            legs.add(new Leg(AccountCode.DANA_IKS, 0, toIks, null, null));
            for (int i = 0; i < active.size(); i++) {
                if (parts[i] > 0) {
                    legs.add(new Leg(AccountCode.KAS, 0, parts[i], active.get(i).nik, null));
                }
            }
            post(day, "SHU_BAGI", "Pembagian SHU tahun " + year + ": 10% IKS, 40% anggota menurut keaktifan, "
                    + "50% cadangan", legs);
        }

        void routineVisit(LocalDate day, boolean failingNow) {
            if (day.isAfter(lastDay)) {
                return;
            }
            String finding = failingNow ? "Kehadiran pertemuan rendah, penjualan turun, beberapa angsuran macet"
                    : switch (profile) {
                case SEHAT -> pick(List.of("Buku kas rapi dan kas fisik sesuai saldo buku",
                        "Usaha berjalan baik; kelompok mulai menjual lewat marketplace",
                        "Pertemuan rutin berjalan; IKS dipakai untuk anggota sakit"));
                case BIASA -> pick(List.of("Buku kas tertib, ada selisih kecil kas fisik yang sudah dijelaskan",
                        "Penjualan stabil; perlu kemasan yang lebih baik"));
                case LEMAH, GAGAL -> pick(List.of("Dua anggota terlambat mengangsur lebih dari sebulan",
                        "Pencatatan buku kas tertinggal dua minggu", "Kehadiran pertemuan menurun"));
            };
            String followUp = failingNow ? "Pendampingan intensif; musyawarah penjadwalan ulang angsuran"
                    : pick(List.of("Pelatihan pembukuan sederhana untuk bendahara", "Rujukan ke Dinas Koperasi untuk P-IRT",
                    "Kunjungan rumah ke anggota yang terlambat mengangsur", "Pendampingan pemasaran daring"));
            visit(day, finding, followUp);
        }

        void visit(LocalDate day, String finding, String followUp) {
            visitNumber++;
            add(Sheet.KUNJUNGAN, code + "-K" + "%03d".formatted(visitNumber), code, day, facilitator, finding, followUp,
                    day.plusMonths(profile == Profile.SEHAT ? 3 : 2));
        }

        void survey(LocalDate day) {
            String wave = surveyWave == 0 ? "BASELINE" : "LANJUTAN_" + surveyWave;
            for (Member m : activeMembers(day)) {
                if (surveyWave > 0) {
                    double growth = switch (profile) {
                        case SEHAT -> 1.15 + random.nextDouble() * 0.2;
                        case BIASA -> 1.05 + random.nextDouble() * 0.15;
                        case LEMAH -> 0.95 + random.nextDouble() * 0.12;
                        case GAGAL -> 0.9 + random.nextDouble() * 0.1;
                    };
                    m.income = roundTo((long) (m.income * growth), 50_000);
                }
                long fromKube = surveyWave == 0 ? 0 : roundTo(m.income * (10 + random.nextInt(25)) / 100, 25_000);
                boolean graduatedFromRegister = surveyWave >= 2 && profile == Profile.SEHAT && random.nextDouble() < 0.3;
                // household facts from their own stream (per member and wave), so the rest of the data set does not move
                Random household = new Random(m.nik.hashCode());
                Random thisWave = new Random(31L * m.nik.hashCode() + surveyWave);
                int size = 2 + household.nextInt(5);
                int children = household.nextInt(Math.min(3, size - 1) + 1);
                int inSchool = Math.max(0, children - (thisWave.nextInt(4 + 2 * surveyWave) == 0 ? 1 : 0));
                List<String> sources = new ArrayList<>(List.of(List.of("BURUH", "PERTANIAN", "NELAYAN", "DAGANG").get(household.nextInt(4))));
                if (fromKube > 0) {
                    sources.addFirst("KUBE");
                }
                if (thisWave.nextDouble() < 0.4) {
                    sources.add("BANTUAN");
                }
                int hunger = Math.clamp(1 + household.nextInt(3) - (profile == Profile.SEHAT ? surveyWave : surveyWave / 2)
                        + (profile == Profile.GAGAL && surveyWave > 0 ? 1 : 0), 0, 3);
                add(Sheet.SURVEI, code + "-S" + surveyWave + "-" + m.nik.substring(12), code, m.nik, day, wave,
                        facilitator, m.income, fromKube, roundTo(between(0, 300_000) * (1 + surveyWave), 10_000),
                        yn(random.nextDouble() < 0.7 + surveyWave * 0.08), yn(random.nextDouble() < 0.5),
                        yn(random.nextDouble() < 0.45), yn(random.nextDouble() < 0.93),
                        yn(random.nextDouble() < 0.75 + surveyWave * 0.05), yn(random.nextDouble() < 0.7 + surveyWave * 0.05),
                        yn(graduatedFromRegister), size, String.join(",", sources), children, inSchool,
                        yn(thisWave.nextDouble() < 0.6 + 0.1 * surveyWave), yn(thisWave.nextDouble() < 0.7 + 0.08 * surveyWave),
                        yn(thisWave.nextDouble() < 0.3 + 0.2 * surveyWave),
                        List.of("TAHAN", "RAWAN_RINGAN", "RAWAN_SEDANG", "RAWAN_BERAT").get(hunger),
                        graduatedFromRegister ? "" : String.valueOf(1 + household.nextInt(4)));
            }
            surveyWave++;
        }

        // ------------------------------------------------------------------------------- the books

        final Map<Integer, Long> yearIncome = new LinkedHashMap<>();

        long cash() {
            return balance.get(AccountCode.KAS);
        }

        Leg leg(AccountCode account, long debit, long credit) {
            return new Leg(account, debit, credit, null, null);
        }

        void post(LocalDate day, String type, String description, Leg... legs) {
            post(day, type, description, List.of(legs));
        }

        void post(LocalDate day, String type, String description, List<Leg> legs) {
            long debits = legs.stream().mapToLong(Leg::debit).sum();
            long credits = legs.stream().mapToLong(Leg::credit).sum();
            if (debits != credits || debits <= 0) {
                throw new IllegalStateException("unbalanced demo entry " + type + " " + legs);
            }
            txNumber++;
            String id = code + "-T" + "%05d".formatted(txNumber);
            for (Leg l : legs) {
                long delta = l.account().normalBalance() == AccountCode.Side.DEBIT ? l.debit() - l.credit()
                        : l.credit() - l.debit();
                balance.merge(l.account(), delta, Long::sum);
                long incomeDelta = switch (l.account().kind()) {
                    case PENDAPATAN -> l.credit() - l.debit();
                    case BEBAN -> l.credit() - l.debit();
                    default -> 0;
                };
                if (incomeDelta != 0) {
                    yearIncome.merge(day.getYear(), incomeDelta, Long::sum);
                }
                add(Sheet.TRANSAKSI, id, code, day, type, l.account().name(), l.debit(), l.credit(), l.nik(),
                        l.loanId(), description);
            }
            if (cash() < 0) {
                throw new IllegalStateException("demo cash below zero in " + code + " on " + day + " after " + type);
            }
        }
    }

    record Leg(AccountCode account, long debit, long credit, String nik, String loanId) {
    }
}
