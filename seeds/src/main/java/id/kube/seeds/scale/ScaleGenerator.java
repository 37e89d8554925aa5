package id.kube.seeds.scale;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

import id.kube.core.member.FamilyCardNumber;
import id.kube.core.member.Nik;
import id.kube.core.member.NikProtector;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.account.ChartTemplate;
import id.kube.ledger.journal.EntryHashes;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.loan.FeeMethod;
import id.kube.ledger.loan.Frequency;
import id.kube.ledger.loan.Installment;
import id.kube.ledger.loan.LoanTerms;
import id.kube.ledger.loan.Schedule;
import id.kube.seeds.demo.DemoPlaces;
import id.kube.seeds.demo.DemoPlaces.Business;
import id.kube.seeds.demo.DemoPlaces.District;
import id.kube.seeds.demo.DemoPlaces.Regency;
import id.kube.seeds.demo.DemoPlaces.Village;

/**
 * Generates N KUBE groups with the demo data's shape as COPY-ready CSV files, one set per shard of
 * {@value #GROUPS_PER_SHARD} groups: regions of the seven demo regencies (Kemendagri codes from kube-core's
 * reference data), facilitators, groups with their constitution, status/stage history and business, members
 * (8–12 per group, one chair, secretary and treasurer, a few who left) with synthetic but well-formed NIK and
 * KK that are stored only as kube-core's {@link NikProtector} HMAC and AES-GCM ciphertext plus the masked form,
 * monthly meetings, and the group's books exactly as kube-ledger's posting path would leave them: the KUBE
 * chart, balanced entries in posting order with content hashes and the hash chain ({@link EntryHashes}), legs,
 * stored balances and chain head, never a non-negative account below zero at any entry; revolving-fund loans
 * with their schedule ({@link Schedule}), installments and repayment allocations (on time, late, or stopped),
 * and IKS disbursements.
 *
 * <p>Deterministic: every group draws from its own random stream derived from (seed, group number), so the
 * files are the same for the same seed and NIK secret whatever the number of threads. Only the ciphertexts
 * differ between runs (fresh random nonces); the {@linkplain Result#digest() digest} leaves them out.
 */
public final class ScaleGenerator {

    public static final int GROUPS_PER_SHARD = 12_500;
    public static final String ACTOR = "seeds-skala";
    static final String DECREE = "KEPMENDAGRI-300.2.2-2138-2025";
    static final LocalDate FIRST_FORMED = LocalDate.of(2023, 1, 2);
    static final LocalDate LAST_FORMED = LocalDate.of(2025, 6, 30);
    /** The generated history ends here (fixed, so the files do not depend on today's date). */
    public static final LocalDate OBSERVED_UNTIL = LocalDate.of(2026, 10, 31);
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final int MAX_MEMBERS = 12;
    /** Birth dates 1961-01-01 .. 2004-10-21 and family card dates 2005-01-01 .. 2024-12-31, see {@link #nik}. */
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1961, 1, 1);
    private static final int BIRTH_DAYS = 16_000;
    private static final LocalDate FIRST_KK = LocalDate.of(2005, 1, 1);
    private static final int KK_DAYS = 7_305;
    private static final List<ChartTemplate.Line> CHART = ChartTemplate.KUBE;
    /** The demo places' villages that kube-core's region reference data (its V3 migration) holds, per district. */
    private static final Map<String, List<Village>> VILLAGES = referenceVillages();

    /** Rows and bytes written per table, the time taken, and a SHA-256 over all files (ciphertexts left out). */
    public record Result(Path dir, int groups, int shards, Map<ScaleTable, Long> rows, long bytes, Duration took, String digest) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final long seed;
    private final int groups;
    private final NikProtector protector;
    private final int facilitators;

    public ScaleGenerator(long seed, int groups, NikProtector protector) {
        if (groups < 1) {
            throw new IllegalArgumentException("at least one group");
        }
        this.seed = seed;
        this.groups = groups;
        this.protector = protector;
        this.facilitators = Math.max(1, (groups + 19) / 20);
    }

    private static Map<String, List<Village>> referenceVillages() {
        String script;
        try (var in = ScaleGenerator.class.getResourceAsStream("/db/kube/V3__region_reference_data.sql")) {
            if (in == null) {
                throw new IllegalStateException("kube-core's region reference data is not on the class path");
            }
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Village>> villages = new java.util.HashMap<>();
        for (Regency regency : DemoPlaces.REGENCIES) {
            for (District district : regency.districts()) {
                List<Village> known = district.villages().stream().filter(v -> script.contains("'" + v.code() + "'")).toList();
                if (known.isEmpty()) {
                    throw new IllegalStateException("no reference village in district " + district.code());
                }
                villages.put(district.code(), known);
            }
        }
        return Map.copyOf(villages);
    }

    public static int shards(int groups) {
        return Math.max(1, (groups + GROUPS_PER_SHARD - 1) / GROUPS_PER_SHARD);
    }

    /** The registration number of generated group {@code index} (0-based): {@code SKALA-<seed>-<n>}. */
    public static String registrationNumber(long seed, int index) {
        return "SKALA-" + seed + "-" + String.format("%06d", index + 1);
    }

    /** Writes every shard's files into {@code dir} using {@code threads} threads and waits for them. */
    public Result generate(Path dir, int threads) {
        try (Run run = start(dir, threads)) {
            return run.result();
        }
    }

    /**
     * Starts writing the shards in the background (shard 0 first), so a loader can COPY shard s while later
     * shards are still being written: {@link Run#awaitShard} blocks until shard s is complete.
     */
    public Run start(Path dir, int threads) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Run(dir, threads);
    }

    /** Shards being written in the background. */
    public final class Run implements AutoCloseable {

        private final long started = System.nanoTime();
        private final Path dir;
        private final int shards = ScaleGenerator.shards(groups);
        private final ExecutorService pool;
        private final List<Future<ShardResult>> futures = new ArrayList<>();

        private Run(Path dir, int threads) {
            this.dir = dir;
            this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, shards)));
            for (int s = 0; s < shards; s++) {
                int shard = s;
                futures.add(pool.submit(() -> new Shard(dir, shard).write()));
            }
        }

        public int shards() {
            return shards;
        }

        /** Blocks until shard {@code s}'s files are complete. */
        public void awaitShard(int s) {
            get(futures.get(s));
        }

        /** Blocks until every shard is written; their rows, bytes and digest. */
        public Result result() {
            List<ShardResult> results = futures.stream().map(Run::get).toList();
            long took = results.stream().mapToLong(ShardResult::finishedAt).max().orElseThrow() - started;
            Map<ScaleTable, Long> rows = new EnumMap<>(ScaleTable.class);
            MessageDigest all = sha256();
            long bytes = 0;
            for (ScaleTable table : ScaleTable.values()) {
                for (int s = 0; s < shards; s++) {
                    ShardResult r = results.get(s);
                    rows.merge(table, r.rows.get(table), Long::sum);
                    all.update(table.fileName(s).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    all.update(r.digests.get(table));
                    bytes += r.bytes.get(table);
                }
            }
            return new Result(dir, groups, shards, rows, bytes, Duration.ofNanos(took), HexFormat.of().formatHex(all.digest()));
        }

        private static ShardResult get(Future<ShardResult> f) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    private record ShardResult(Map<ScaleTable, Long> rows, Map<ScaleTable, Long> bytes, Map<ScaleTable, byte[]> digests, long finishedAt) {
    }

    /** A random stream for one thing (kind, index), independent of every other and of the order of generation. */
    private SplittableRandom random(int kind, long index) {
        return new SplittableRandom(mix(mix(seed ^ 0x9E3779B97F4A7C15L * kind) + index));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static final long FACILITATOR_IDS = 1;
    private static final long GROUP_IDS = 2;
    private static final long PERSON_IDS = 3;
    private static final long MEMBER_IDS = 4;
    private static final long MEETING_IDS = 5;
    private static final long ACTIVITY_IDS = 6;

    /**
     * A UUID in the version 7 layout whose 48-bit prefix is (kind, index) instead of a clock, random below: ids of one
     * kind increase with the index, so the primary-key and {@code group_id}-led B-tree indexes grow at their
     * right edge during the load instead of being written at random pages.
     */
    private static UUID ordered(long kind, long index, SplittableRandom r) {
        long hi = ((kind << 40 | index) << 16) | 0x7000L | r.nextInt(0x1000);
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    private static UUID uuid(SplittableRandom r) {
        long hi = (r.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static Regency regencyOfFacilitator(int f) {
        return DemoPlaces.REGENCIES.get(f % DemoPlaces.REGENCIES.size());
    }

    /**
     * The NIK of person {@code p} (group × 12 + place in the group): registered in the district of its village,
     * birth date and serial a bijection of p ({@code p × 7919 mod D} days after 1961-01-01, serial {@code 1 + p / D}),
     * so two persons never share a NIK.
     */
    static String nik(String districtCode, long p, boolean female) {
        LocalDate born = birthDate(p);
        int day = born.getDayOfMonth() + (female ? 40 : 0);
        return districtCode.replace(".", "") + String.format("%02d%02d%02d%04d", day, born.getMonthValue(),
                born.getYear() % 100, 1 + p / BIRTH_DAYS);
    }

    /**
     * Person number of member k of group {@code index}: {@code (seed mod 100) × 1,200,000 + index × 12 + k}, so runs
     * with seeds that differ modulo 100 (and at most 100,000 groups) never share a NIK and may share a database;
     * serials stay below 7,600, clear of the demo set's 8001 upward.
     */
    static long personNumber(long seed, int index, int k) {
        return Math.floorMod(seed, 100) * 1_200_000L + (long) index * MAX_MEMBERS + k;
    }

    static LocalDate birthDate(long p) {
        return FIRST_BIRTH.plusDays((p * 7919) % BIRTH_DAYS);
    }

    /** No. KK of person p: unique among 73 million consecutive person numbers (a KK need only be unique within a group). */
    static String familyCard(String districtCode, long p) {
        p = p % (KK_DAYS * 9_999L);
        LocalDate issued = FIRST_KK.plusDays((p * 104_729) % KK_DAYS);
        return districtCode.replace(".", "") + String.format("%02d%02d%02d%04d", issued.getDayOfMonth(), issued.getMonthValue(),
                issued.getYear() % 100, 1 + p / KK_DAYS);
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(WIB).toInstant();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String businessType(String template) {
        return switch (template) {
            case "PERDAGANGAN" -> "TRADE";
            case "OLAHAN_PANGAN" -> "FOOD_PROCESSING";
            case "KERAJINAN" -> "CRAFTS";
            case "PETERNAKAN" -> "LIVESTOCK";
            case "PERTANIAN", "PERIKANAN" -> "FARMING_FISHERY";
            case "JASA_JAHIT" -> "TAILORING";
            case "JASA" -> "SERVICES";
            case "E_WARONG" -> "E_WARONG";
            default -> "OTHER";
        };
    }

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"};

    private static String month(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** One shard: its own open files, written group after group. */
    private final class Shard {

        private final int shard;
        private final Map<ScaleTable, OutputStream> streams = new EnumMap<>(ScaleTable.class);
        private final Map<ScaleTable, CsvRow> out = new EnumMap<>(ScaleTable.class);
        private final Map<ScaleTable, MessageDigest> digests = new EnumMap<>(ScaleTable.class);

        Shard(Path dir, int shard) throws IOException {
            this.shard = shard;
            for (ScaleTable t : ScaleTable.values()) {
                OutputStream s = new BufferedOutputStream(Files.newOutputStream(dir.resolve(t.fileName(shard))), 1 << 18);
                MessageDigest d = sha256();
                streams.put(t, s);
                digests.put(t, d);
                out.put(t, new CsvRow(s, d, t.columnCount()));
            }
        }

        ShardResult write() throws IOException {
            try {
                if (shard == 0) {
                    for (int f = 0; f < facilitators; f++) {
                        facilitator(f);
                    }
                }
                int from = shard * GROUPS_PER_SHARD;
                int to = Math.min(groups, from + GROUPS_PER_SHARD);
                for (int i = from; i < to; i++) {
                    new GroupStory(this, i).write();
                }
            } finally {
                for (OutputStream s : streams.values()) {
                    s.close();
                }
            }
            Map<ScaleTable, Long> rows = new EnumMap<>(ScaleTable.class);
            Map<ScaleTable, Long> bytes = new EnumMap<>(ScaleTable.class);
            Map<ScaleTable, byte[]> sums = new EnumMap<>(ScaleTable.class);
            out.forEach((t, w) -> {
                rows.put(t, w.rows());
                bytes.put(t, w.bytes());
                sums.put(t, digests.get(t).digest());
            });
            return new ShardResult(rows, bytes, sums, System.nanoTime());
        }

        CsvRow row(ScaleTable t) {
            return out.get(t);
        }

        private void facilitator(int f) {
            SplittableRandom r = random(1, f);
            UUID id = ordered(FACILITATOR_IDS, f, r); // first draw: facilitatorId(f) repeats it
            Regency regency = regencyOfFacilitator(f);
            boolean woman = r.nextBoolean();
            String name = pick(r, woman ? regency.womenNames() : regency.menNames());
            row(ScaleTable.FACILITATOR).id(id).text(name + " (pendamping " + (f + 1) + ")")
                    .text("08" + (1_100_000_000L + r.nextLong(8_899_999_999L))).time(at(FIRST_FORMED.minusDays(30), 9))
                    .text(ACTOR).end();
        }

        UUID facilitatorId(int f) {
            return ordered(FACILITATOR_IDS, f, random(1, f));
        }
    }

    private enum Health {
        HEALTHY(0.92, 1.0, 85, 15, 0),
        AVERAGE(0.8, 0.8, 60, 35, 5),
        WEAK(0.65, 0.6, 30, 50, 20),
        FAILING(0.5, 0.45, 10, 40, 50);

        final double attendance;
        final double salesFactor;
        final int onTime;
        final int late;
        final int stops;

        Health(double attendance, double salesFactor, int onTime, int late, int stops) {
            this.attendance = attendance;
            this.salesFactor = salesFactor;
            this.onTime = onTime;
            this.late = late;
            this.stops = stops;
        }
    }

    private record Leg(int account, long amount) {
    }

    private record Pending(LocalDate on, long order, Runnable post) {
    }

    private static int account(AccountRole role) {
        for (int i = 0; i < CHART.size(); i++) {
            if (CHART.get(i).role() == role) {
                return i;
            }
        }
        throw new IllegalStateException("no account for " + role);
    }

    private static final int KAS = account(AccountRole.CASH);
    private static final int BANK = account(AccountRole.BANK);
    private static final int PIUTANG = account(AccountRole.LOANS_RECEIVABLE);
    private static final int HIBAH = account(AccountRole.GRANT_CAPITAL);
    private static final int POKOK = account(AccountRole.PRINCIPAL_CONTRIBUTIONS);
    private static final int WAJIB = account(AccountRole.MANDATORY_CONTRIBUTIONS);
    private static final int IKS = account(AccountRole.IKS_FUND);
    private static final int PENJUALAN = account(AccountRole.SALES);
    private static final int JASA = account(AccountRole.LOAN_FEES);
    private static final int PEMBELIAN = account(AccountRole.PURCHASES);
    private static final int BIAYA = account(AccountRole.OPERATING_EXPENSES);

    /** One group's whole history, drawn from its own random stream. */
    private final class GroupStory {

        private final Shard shard;
        private final int index;
        private final SplittableRandom r;
        private final UUID groupId;
        private final UUID batchId;
        private final long[] balances = new long[CHART.size()];
        private final PriorityQueue<Pending> pending = new PriorityQueue<>(
                (a, b) -> a.on.equals(b.on) ? Long.compare(a.order, b.order) : a.on.compareTo(b.on));
        private long order;
        private long entryNo;
        private byte[] lastHash = EntryHashes.GENESIS;

        GroupStory(Shard shard, int index) {
            this.shard = shard;
            this.index = index;
            this.r = random(2, index);
            this.groupId = ordered(GROUP_IDS, index, r);
            this.batchId = uuid(r);
        }

        void write() {
            int f = index % facilitators;
            Regency regency = regencyOfFacilitator(f);
            District district = pick(r, regency.districts());
            Village village = pick(r, VILLAGES.get(district.code()));
            Business business = pick(r, regency.businesses());
            String name = pick(r, regency.groupNames()) + " " + (index + 1);
            LocalDate formed = FIRST_FORMED.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(FIRST_FORMED, LAST_FORMED)));
            int memberCount = 8 + r.nextInt(5);
            int roll = r.nextInt(20);
            Health health = roll < 11 ? Health.HEALTHY : roll < 16 ? Health.AVERAGE : roll < 19 ? Health.WEAK : Health.FAILING;
            long perFamily = formed.getYear() == 2023 ? 2_500_000 : 3_000_000;
            long stimulus = perFamily * memberCount;
            LocalDate grantOn = formed.plusDays(7 + r.nextInt(24));
            LocalDate firstMeeting = grantOn.plusDays(7);
            int possible = (int) ChronoUnit.MONTHS.between(firstMeeting, OBSERVED_UNTIL);
            int months = Math.min(possible, 5 + r.nextInt(8));
            int activeMonths = health == Health.FAILING ? Math.max(3, months / 2) : months;
            LocalDate lastMeeting = firstMeeting.plusMonths(activeMonths - 1);
            LocalDate until = health == Health.FAILING ? lastMeeting.plusDays(20) : OBSERVED_UNTIL;
            long pokok = r.nextBoolean() ? 50_000 : 100_000;
            long wajib = r.nextBoolean() ? 10_000 : 20_000;
            long iuranIks = r.nextBoolean() ? 5_000 : 10_000;
            String scheme = "KUBE-APBN-" + grantOn.getYear();
            Instant created = at(formed, 9);

            String status;
            LocalDate statusSince;
            String stage = "TUMBUH";
            LocalDate stageSince = formed;
            if (health == Health.FAILING) {
                status = "SUSPENDED";
                statusSince = lastMeeting.plusDays(30).isAfter(OBSERVED_UNTIL) ? OBSERVED_UNTIL : lastMeeting.plusDays(30);
            } else {
                status = "ACTIVE";
                statusSince = grantOn;
                if (health == Health.HEALTHY && months >= 10) {
                    stage = "BERKEMBANG";
                    stageSince = firstMeeting.plusMonths(9);
                }
            }
            String bank = regency.bank();
            shard.row(ScaleTable.KUBE_GROUP).id(groupId).text("KUBE " + name).text(registrationNumber(seed, index))
                    .text(village.code()).text(DECREE).date(formed).text(bank)
                    .text(String.valueOf(100_000_000_000L + r.nextLong(800_000_000_000L))).text("KUBE " + name)
                    .num(stimulus).text("IDR").date(grantOn).text(scheme).text(status).date(statusSince).text(stage)
                    .time(created).text(ACTOR).time(created).text(ACTOR).end();
            CsvRow sc = shard.row(ScaleTable.GROUP_STATUS_CHANGE);
            sc.id(groupId).nul().text("FORMING").date(formed).text("Kelompok dibentuk").time(created).text(ACTOR).end();
            sc.id(groupId).text("FORMING").text("ACTIVE").date(grantOn).text("Bantuan stimulus diterima, usaha berjalan")
                    .time(at(grantOn, 10)).text(ACTOR).end();
            if (status.equals("SUSPENDED")) {
                sc.id(groupId).text("ACTIVE").text("SUSPENDED").date(statusSince)
                        .text("Kelompok tidak lagi bertemu dan angsuran macet").time(at(statusSince, 10)).text(ACTOR).end();
            }
            CsvRow st = shard.row(ScaleTable.GROUP_STAGE_CHANGE);
            st.id(groupId).text("TUMBUH").date(formed).text("Kelompok baru").time(created).text(ACTOR).end();
            if (stage.equals("BERKEMBANG")) {
                st.id(groupId).text("BERKEMBANG").date(stageSince).text("Usaha dan simpanan tumbuh selama setahun")
                        .time(at(stageSince, 10)).text(ACTOR).end();
            }
            String type = businessType(business.type());
            shard.row(ScaleTable.GROUP_BUSINESS_TYPE).id(groupId).text(type).end();
            shard.row(ScaleTable.GROUP_CONSTITUTION).id(groupId).num(1).date(formed).num(pokok).num(wajib).num(iuranIks)
                    .text("IKS untuk anggota yang sakit, tertimpa musibah atau berduka, atas keputusan rapat")
                    .decimal("1.00").num(1).num(12).num(3_000_000).decimal("40.00").decimal("50.00").decimal("10.00")
                    .decimal("0.00").decimal("0.00").time(created).text(ACTOR).end();
            shard.row(ScaleTable.FACILITATOR_ASSIGNMENT).id(groupId).id(shard.facilitatorId(f)).date(formed).time(created).text(ACTOR).end();
            boolean stopped = health == Health.FAILING;
            shard.row(ScaleTable.BUSINESS_ACTIVITY).id(ordered(ACTIVITY_IDS, index, r)).id(groupId).text(type).text(business.product()).date(grantOn)
                    .text(stopped ? "STOPPED" : "RUNNING").date(stopped ? until : null).time(created).text(ACTOR)
                    .time(created).text(ACTOR).end();

            // members
            UUID[] memberIds = new UUID[memberCount];
            LocalDate[] leftOn = new LocalDate[memberCount];
            String[] roles = {"CHAIR", "SECRETARY", "TREASURER"};
            for (int k = 0; k < memberCount; k++) {
                long p = personNumber(seed, index, k);
                boolean female = r.nextInt(10) < 6;
                String nik = nik(district.code(), p, female);
                String kk = familyCard(district.code(), p);
                Nik nikValue = new Nik(nik);
                FamilyCardNumber kkValue = new FamilyCardNumber(kk);
                String nikHash = protector.lookupHash(nikValue);
                String kkHash = protector.lookupHash(kkValue);
                UUID personId = ordered(PERSON_IDS, p, r);
                memberIds[k] = ordered(MEMBER_IDS, p, r);
                boolean head = !female || r.nextInt(3) == 0;
                boolean dtsen = r.nextInt(10) < 7;
                String phone = r.nextInt(10) < 8 ? "08" + (1_100_000_000L + r.nextLong(8_899_999_999L)) : null;
                shard.row(ScaleTable.PERSON).id(personId).text(nikHash).cipher(protector.encrypt(nikValue)).text(nikValue.masked())
                        .text(kkHash).cipher(protector.encrypt(kkValue)).text(pick(r, female ? regency.womenNames() : regency.menNames()))
                        .text(female ? "FEMALE" : "MALE").date(birthDate(p)).text("Dusun " + village.name())
                        .text(String.format("%03d", 1 + r.nextInt(12))).text(String.format("%03d", 1 + r.nextInt(6)))
                        .text(village.code()).text(DECREE).text(phone).bool(head).bool(head)
                        .text(dtsen ? "DTSEN-" + p : null);
                CsvRow person = shard.row(ScaleTable.PERSON);
                if (dtsen) {
                    person.num(1 + r.nextInt(4));
                } else {
                    person.nul();
                }
                person.time(created).text(ACTOR).time(created).text(ACTOR).end();
                String role = k < 3 ? roles[k] : "MEMBER";
                if (k >= 3 && months > 4 && r.nextInt(25) == 0) {
                    leftOn[k] = firstMeeting.plusMonths(2 + r.nextInt(months - 2)).plusDays(3);
                }
                shard.row(ScaleTable.MEMBER).id(memberIds[k]).id(groupId).id(personId).text(nikHash).text(kkHash).text(role)
                        .date(formed).date(leftOn[k]).text(leftOn[k] == null ? null : "Pindah domisili")
                        .time(created).text(ACTOR).time(leftOn[k] == null ? created : at(leftOn[k], 10)).text(ACTOR).end();
                if (k < 3) {
                    shard.row(ScaleTable.MEMBER_ROLE_CHANGE).id(memberIds[k]).id(groupId).text(role).date(formed)
                            .time(created).text(ACTOR).end();
                }
            }

            // books: grant, withdrawal, simpanan pokok, initial stock
            post(EntryKind.GENERAL, grantOn, "Bantuan stimulus " + scheme + " diterima di rekening kelompok", null,
                    new Leg(BANK, stimulus), new Leg(HIBAH, -stimulus));
            long withdrawal = stimulus * 7 / 10 / 1000 * 1000;
            post(EntryKind.GENERAL, grantOn.plusDays(2), "Penarikan dana bantuan dari bank ke kas", null,
                    new Leg(KAS, withdrawal), new Leg(BANK, -withdrawal));
            for (int k = 0; k < memberCount; k++) {
                post(EntryKind.CONTRIBUTION, firstMeeting, "Simpanan pokok anggota", memberIds[k],
                        new Leg(KAS, pokok), new Leg(POKOK, -pokok));
            }
            long stock = Math.min(balances[KAS] - 200_000, stimulus * 4 / 10 / 1000 * 1000);
            post(EntryKind.PURCHASE, firstMeeting.plusDays(1), "Pembelian bahan dan stok awal " + business.product(), null,
                    new Leg(PEMBELIAN, stock), new Leg(KAS, -stock));

            int loansNo = 0;
            List<long[]> loanState = new ArrayList<>();
            boolean iksPaid = false;
            for (int j = 1; j < activeMonths; j++) {
                LocalDate meeting = firstMeeting.plusMonths(j);
                flushUntil(meeting);
                shard.row(ScaleTable.MEETING).id(ordered(MEETING_IDS, (long) index * 32 + j, r)).id(groupId).date(meeting).text(j % 12 == 0 ? "ANNUAL_MEMBERS" : "ROUTINE")
                        .time(at(meeting, 18)).text(ACTOR).end();
                int present = 0;
                for (int k = 0; k < memberCount; k++) {
                    if ((leftOn[k] == null || leftOn[k].isAfter(meeting)) && r.nextDouble() < health.attendance) {
                        present++;
                    }
                }
                if (present > 0) {
                    post(EntryKind.CONTRIBUTION, meeting, "Simpanan wajib dan IKS " + present + " anggota, pertemuan " + month(meeting), null,
                            new Leg(KAS, present * (wajib + iuranIks)), new Leg(WAJIB, -present * wajib), new Leg(IKS, -present * iuranIks));
                }
                if ((j == 1 || j == 5 || j == 9) && r.nextInt(10) < 6) {
                    int k = r.nextInt(memberCount);
                    LocalDate on = meeting.plusDays(1);
                    long principal = (500_000 + r.nextLong(1_500_001)) / 50_000 * 50_000;
                    principal = Math.min(principal, (balances[KAS] - 300_000) / 50_000 * 50_000);
                    int installments = 4 + r.nextInt(5);
                    int behaviour = r.nextInt(100);
                    int stopAfter = r.nextInt(installments / 2 + 1);
                    int lateDays = 3 + r.nextInt(23);
                    if (principal >= 300_000 && (leftOn[k] == null || leftOn[k].isAfter(on.plusMonths(installments)))) {
                        loan(++loansNo, k, memberIds[k], on, principal, installments, behaviour, stopAfter, lateDays, health, until, loanState);
                    }
                }
                long sale = (long) ((business.salesMin() + r.nextLong(business.salesMax() - business.salesMin() + 1)) * health.salesFactor) / 1000 * 1000;
                LocalDate saleOn = meeting.plusDays(5);
                flushUntil(saleOn);
                post(EntryKind.SALE, saleOn, "Penjualan " + business.product() + " " + month(meeting), null,
                        new Leg(KAS, sale), new Leg(PENJUALAN, -sale));
                long purchase = Math.min(sale * (55 + r.nextInt(20)) / 100, balances[KAS] - 100_000) / 1000 * 1000;
                LocalDate purchaseOn = meeting.plusDays(6);
                flushUntil(purchaseOn);
                if (purchase > 0 && j % 2 == 1) {
                    post(EntryKind.PURCHASE, purchaseOn, "Pembelian bahan " + business.product(), null,
                            new Leg(PEMBELIAN, purchase), new Leg(KAS, -purchase));
                }
                if (j % 3 == 0) {
                    long cost = Math.min(100_000 + r.nextLong(200_001), balances[KAS] - 50_000) / 1000 * 1000;
                    LocalDate costOn = meeting.plusDays(7);
                    flushUntil(costOn);
                    if (cost > 0) {
                        post(EntryKind.EXPENSE, costOn, "Biaya transport, kemasan dan listrik", null,
                                new Leg(BIAYA, cost), new Leg(KAS, -cost));
                    }
                }
                if (!iksPaid && j == activeMonths / 2 && r.nextInt(10) < 3) {
                    iksPaid = true;
                    int k = r.nextInt(memberCount);
                    long amount = Math.min(Math.min(100_000 + r.nextLong(400_001), -balances[IKS]), balances[KAS]) / 1000 * 1000;
                    LocalDate on = meeting.plusDays(8);
                    flushUntil(on);
                    if (amount >= 50_000) {
                        String[] purposes = {"ILLNESS", "DEATH", "DISASTER", "EDUCATION"};
                        String[] details = {"Bantuan biaya berobat anggota", "Santunan duka keluarga anggota",
                                "Bantuan rumah anggota terkena banjir", "Bantuan biaya sekolah anak anggota"};
                        int which = r.nextInt(purposes.length);
                        long no = post(EntryKind.IKS_DISBURSEMENT, on, details[which], memberIds[k],
                                new Leg(IKS, amount), new Leg(KAS, -amount));
                        shard.row(ScaleTable.IKS_DISBURSEMENT).id(groupId).num(no).text(purposes[which]).text(details[which])
                                .id(memberIds[k]).end();
                    }
                }
            }
            flushUntil(until);
            for (long[] loan : loanState) {
                long no = loan[0];
                boolean closed = loan[1] == loan[2];
                shard.row(ScaleTable.LOAN).id(groupId).num(no).id(memberIds[(int) loan[3]]).num(loan[4]).date(LocalDate.ofEpochDay(loan[5]))
                        .text(closed ? "CLOSED" : "ACTIVE").num(1).num(loan[6]).end();
            }
            writeBook(created);
        }

        private void loan(long loanNo, int memberIndex, UUID member, LocalDate on, long principal, int installments, int behaviour, int stopAfter,
                          int lateDays, Health health, LocalDate until, List<long[]> loanState) {
            long disbursement = post(EntryKind.LOAN_DISBURSEMENT, on, "Pencairan pinjaman dana bergulir no. " + loanNo, member,
                    new Leg(PIUTANG, principal), new Leg(KAS, -principal));
            LoanTerms terms = new LoanTerms(principal, FeeMethod.FLAT, BigDecimal.ONE, Frequency.MONTHLY, installments, 0, on);
            Schedule schedule = Schedule.of(terms);
            shard.row(ScaleTable.LOAN_SCHEDULE).id(groupId).num(loanNo).num(1).num(principal).text("FLAT").decimal("1.0000")
                    .text("MONTHLY").num(installments).num(0).date(on).end();
            long[] state = {loanNo, 0, installments, memberIndex, principal, on.toEpochDay(), disbursement};
            loanState.add(state);
            boolean late = behaviour >= health.onTime && behaviour < health.onTime + health.late;
            boolean stops = behaviour >= health.onTime + health.late;
            for (Installment i : schedule.installments()) {
                shard.row(ScaleTable.LOAN_INSTALLMENT).id(groupId).num(loanNo).num(1).num(i.seq()).date(i.dueOn())
                        .num(i.principalDue()).num(i.feeDue()).end();
                if (stops && i.seq() > stopAfter) {
                    continue;
                }
                LocalDate paidOn = late ? i.dueOn().plusDays(lateDays) : i.dueOn();
                if (paidOn.isAfter(until)) {
                    continue;
                }
                pending.add(new Pending(paidOn, order++, () -> {
                    long no = post(EntryKind.LOAN_REPAYMENT, paidOn, "Angsuran ke-" + i.seq() + " pinjaman no. " + loanNo, member,
                            new Leg(KAS, i.totalDue()), new Leg(PIUTANG, -i.principalDue()), new Leg(JASA, -i.feeDue()));
                    shard.row(ScaleTable.LOAN_ALLOCATION).id(groupId).num(loanNo).num(no).num(1).num(i.seq()).date(paidOn)
                            .num(i.feeDue()).num(i.principalDue()).end();
                    state[1]++;
                }));
            }
        }

        private void flushUntil(LocalDate date) {
            while (!pending.isEmpty() && !pending.peek().on.isAfter(date)) {
                pending.poll().post.run();
            }
        }

        /** Posts one entry the way kube-ledger's posting path stores it; returns its number. */
        private long post(EntryKind kind, LocalDate valueDate, String description, @Nullable UUID member, Leg... legs) {
            long no = ++entryNo;
            List<EntryHashes.HashedLeg> hashed = new ArrayList<>(legs.length);
            long sum = 0;
            for (Leg leg : legs) {
                if (leg.amount == 0) {
                    throw new IllegalStateException("zero leg in " + description);
                }
                hashed.add(new EntryHashes.HashedLeg(CHART.get(leg.account).code(), leg.amount));
                sum += leg.amount;
            }
            if (sum != 0) {
                throw new IllegalStateException("unbalanced entry " + description);
            }
            String key = "skala/" + no;
            byte[] content = EntryHashes.content(groupId, kind.name(), valueDate, description, member, ACTOR, null, hashed);
            Instant bookedAt = at(valueDate, 19).plusSeconds(no % 3600).truncatedTo(ChronoUnit.MICROS);
            byte[] hash = EntryHashes.link(lastHash, groupId, no, key, content, bookedAt);
            shard.row(ScaleTable.ENTRY).id(groupId).num(no).text(key).bytes(content).text(kind.name()).date(valueDate)
                    .time(bookedAt).text(description).id(member).text(ACTOR).nul().id(batchId).bytes(lastHash).bytes(hash).end();
            short legNo = 0;
            for (Leg leg : legs) {
                shard.row(ScaleTable.LEG).id(groupId).num(no).num(++legNo).text(CHART.get(leg.account).code()).num(leg.amount)
                        .date(valueDate).id(member).end();
                balances[leg.account] += leg.amount;
            }
            for (Leg leg : legs) {
                ChartTemplate.Line line = CHART.get(leg.account);
                if (line.nonNegative() && line.type().normalBalance(balances[leg.account]) < 0) {
                    throw new IllegalStateException("account " + line.code() + " below zero after " + description + " in group " + index);
                }
            }
            lastHash = hash;
            return no;
        }

        private void writeBook(Instant created) {
            shard.row(ScaleTable.BOOK).id(groupId).text("IDR").bool(true).text("REJECT").num(entryNo).bytes(lastHash).time(created).end();
            for (int a = 0; a < CHART.size(); a++) {
                ChartTemplate.Line line = CHART.get(a);
                shard.row(ScaleTable.ACCOUNT).id(groupId).text(line.code()).text(line.name()).text(line.type().name())
                        .text(line.role().name()).bool(line.nonNegative()).num(balances[a]).time(created).end();
            }
        }
    }
}
