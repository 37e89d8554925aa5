package id.kube.seeds.kube;

import static id.kube.seeds.persistence.jooq.Tables.IMPORT_KEY;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import id.kube.core.KubeCore;
import id.kube.core.activity.ActivityStatus;
import id.kube.core.activity.BusinessActivity;
import id.kube.core.audit.Actor;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.BankAccount;
import id.kube.core.group.BusinessType;
import id.kube.core.group.ConstitutionTerms;
import id.kube.core.group.Group;
import id.kube.core.group.GroupId;
import id.kube.core.group.GroupProfile;
import id.kube.core.group.GroupRole;
import id.kube.core.group.GroupStage;
import id.kube.core.group.GroupStatus;
import id.kube.core.group.IksRule;
import id.kube.core.group.LoanTerms;
import id.kube.core.group.SurplusSplit;
import id.kube.core.group.StimulusGrant;
import id.kube.core.meeting.Attendance;
import id.kube.core.meeting.MeetingType;
import id.kube.core.meeting.NewMeeting;
import id.kube.core.member.Address;
import id.kube.core.member.DtsenEntry;
import id.kube.core.member.FamilyCardNumber;
import id.kube.core.member.Member;
import id.kube.core.member.MemberId;
import id.kube.core.member.Nik;
import id.kube.core.member.NikProtector;
import id.kube.core.survey.FoodSecurity;
import id.kube.ledger.iks.IksFund;
import id.kube.ledger.iks.IksPurpose;
import id.kube.ledger.loan.FeeMethod;
import id.kube.ledger.loan.Frequency;
import id.kube.ledger.loan.Loan;
import id.kube.ledger.loan.LoanBook;
import id.kube.ledger.loan.Restructuring;
import id.kube.core.survey.HouseholdSurvey;
import id.kube.core.survey.HouseholdSurveys;
import id.kube.core.survey.IncomeSource;
import id.kube.core.member.PersonDetails;
import id.kube.core.member.Sex;
import id.kube.core.money.Rupiah;
import id.kube.core.region.RegionCode;
import id.kube.core.visit.FacilitatorVisit;
import id.kube.ledger.account.AccountId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.account.AccountType;
import id.kube.ledger.account.BookSettings;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.Leg;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.account.Side;
import id.kube.seeds.importing.ImportOptions;
import id.kube.seeds.importing.ImportRecord;
import id.kube.seeds.importing.ImportTarget;
import id.kube.seeds.importing.RejectionReason;
import id.kube.seeds.template.AccountCode;
import id.kube.seeds.template.Sheet;

/**
 * The import target of a KUBE installation: writes through kube-core's services (groups, members, roles,
 * facilitators, activities, meetings with attendance, visits, status and stage history) and kube-ledger's books
 * and batch posting API, all inside one database transaction per import with a savepoint per record. The
 * natural key of every row and the hash of its content are kept in {@code seeds.import_key}, so the same file
 * imported again changes nothing. Member keys use kube-core's keyed NIK hash, never the NIK itself.
 *
 * <p>Not stored yet (reported as skipped): household surveys (no survey store in kube-core yet) and loan terms
 * (no loan book in kube-ledger yet; disbursements and repayments are posted as journal entries).
 */
public final class KubeImportTarget implements ImportTarget {

    /** Chart code of the account added to a group's books for surplus shared out (no template role for it). */
    static final String SURPLUS_SHARED_CODE = "SHU-DIBAGI";

    private final DSLContext dsl;
    private final NikProtector protector;
    private final Clock clock;
    private final KubeCore readCore;

    public KubeImportTarget(DataSource dataSource, NikProtector protector, Clock clock) {
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
        this.protector = protector;
        this.clock = clock;
        this.readCore = new KubeCore(dsl, protector, clock);
    }

    @Override
    public Set<Sheet> storableSheets() {
        return EnumSet.allOf(Sheet.class);
    }

    @Override
    public boolean knownRegion(String code) {
        try {
            return readCore.regions().find(RegionCode.of(code)).isPresent();
        } catch (RuntimeException invalid) {
            return false;
        }
    }

    @Override
    public boolean facilitatorExists(String code) {
        return key(dsl, Sheet.PENDAMPING, code).isPresent();
    }

    @Override
    public boolean groupExists(String groupCode) {
        return key(dsl, Sheet.KELOMPOK, groupCode).isPresent();
    }

    @Override
    public Optional<String> activeGroupOf(String nik, LocalDate on) {
        try {
            return readCore.members().activeMembershipOf(Nik.of(nik))
                    .flatMap(m -> readCore.groups().find(m.groupId()))
                    .map(g -> g.registrationNumber() == null ? g.name() : g.registrationNumber());
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
    }

    @Override
    public boolean memberExists(String groupCode, String nik) {
        return key(dsl, Sheet.ANGGOTA, memberKey(groupCode, nik)).isPresent();
    }

    @Override
    public Optional<String> groupOfMeeting(String meetingId) {
        return dsl.select(IMPORT_KEY.GROUP_CODE).from(IMPORT_KEY)
                .where(IMPORT_KEY.SHEET.eq(Sheet.PERTEMUAN.name()), IMPORT_KEY.NATURAL_KEY.eq(meetingId))
                .fetchOptional(IMPORT_KEY.GROUP_CODE);
    }

    @Override
    public boolean loanExists(String groupCode, String loanId) {
        return key(dsl, Sheet.PINJAMAN, loanId).isPresent();
    }

    @Override
    public boolean inSession(ImportOptions options, Predicate<Writer> work) {
        try {
            dsl.transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                Session session = new Session(tx, new Actor(options.actor()));
                boolean commit = work.test(session);
                if (commit) {
                    session.flushMeetings();
                } else {
                    throw new RollBack();
                }
            });
            return true;
        } catch (RollBack rollBack) {
            return false;
        }
    }

    private static final class RollBack extends RuntimeException {
        RollBack() {
            super(null, null, false, false);
        }
    }

    private String memberKey(String groupCode, String nik) {
        return groupCode + "/" + protector.lookupHash(Nik.of(nik));
    }

    private static Optional<org.jooq.Record2<String, String>> key(DSLContext ctx, Sheet sheet, String naturalKey) {
        return ctx.select(IMPORT_KEY.ENTITY_ID, IMPORT_KEY.CONTENT_HASH).from(IMPORT_KEY)
                .where(IMPORT_KEY.SHEET.eq(sheet.name()), IMPORT_KEY.NATURAL_KEY.eq(naturalKey))
                .fetchOptional();
    }

    /** One import's writes: core and ledger services on the import's transaction. */
    private final class Session implements Writer {
        static final int BATCH_ENTRIES = 400;
        final DSLContext tx;
        final Actor actor;
        final KubeCore core;
        final Books books;
        final Journal journal;
        /** Meetings wait for their attendance (kube-core records a meeting with its attendance). */
        final Map<String, ImportRecord.Meeting> pendingMeetings = new LinkedHashMap<>();
        /**
         * Journals wait to be posted as one batch per group: the ledger then updates each account balance once
         * per batch instead of once per entry (thousands of updates of one row in one transaction are slow).
         */
        final List<PendingJournal> pendingJournals = new ArrayList<>();
        final List<Deferred> refused = new ArrayList<>();
        final Map<GroupId, Map<AccountCode, AccountId>> chartCache = new java.util.HashMap<>();
        /** Loan terms of this import by loan id; the loan is opened in the loan book by its disbursement journal. */
        final Map<String, ImportRecord.Loan> loanTerms = new java.util.HashMap<>();

        record PendingJournal(ImportRecord.Journal record, String naturalKey, String hash, List<NewEntry> entries) {
        }

        Session(DSLContext tx, Actor actor) {
            this.tx = tx;
            this.actor = actor;
            this.core = new KubeCore(tx, protector, clock);
            this.books = new Books(tx);
            this.journal = new Journal(tx, clock);
        }

        @Override
        public List<Deferred> flush() {
            flushJournals();
            List<Deferred> out = List.copyOf(refused);
            refused.clear();
            return out;
        }

        @Override
        public Outcome write(ImportRecord record) throws RecordRejected {
            if (!(record instanceof ImportRecord.Journal) || (!pendingJournals.isEmpty()
                    && (!pendingJournals.getFirst().record().groupCode().equals(record.groupCode())
                    || pendingJournals.size() >= BATCH_ENTRIES))) {
                flushJournals();
            }
            String naturalKey = record instanceof ImportRecord.Member m ? memberKey(m.groupCode(), m.nik()) : record.key();
            Sheet sheet = record.sheet();
            String hash = contentHash(record);
            var existing = key(tx, sheet, naturalKey);
            if (existing.isPresent()) {
                if (existing.get().value2().equals(hash)) {
                    return Outcome.UNCHANGED;
                }
                throw new RecordRejected(RejectionReason.KODE_GANDA, "Kode " + (record instanceof ImportRecord.Member
                        ? "anggota ini" : record.key()) + " sudah diimpor sebelumnya dengan isi berbeda; "
                        + "perubahan data dilakukan lewat aplikasi, bukan dengan impor ulang.");
            }
            if (record instanceof ImportRecord.Journal j && iksPayout(j) != null) {
                flushJournals();
                try {
                    tx.transaction(nested -> {
                        ImportRecord.Leg fund = iksPayout(j);
                        String detail = j.description().replaceFirst("^(Bantuan|Santunan) IKS:?\\s*", "");
                        new IksFund(nested.dsl(), clock).disburse(groupId(j.groupCode()), j.date(), iksPurpose(detail),
                                detail.isBlank() ? j.description() : detail,
                                fund.nik().isEmpty() ? null : memberId(j.groupCode(), fund.nik()), Rupiah.of(fund.debitRupiah()),
                                actor.name(), j.id());
                    });
                    remember(new PendingJournal(j, naturalKey, hash, List.of()));
                    return Outcome.IMPORTED;
                } catch (RuntimeException e) {
                    throw new RecordRejected(RejectionReason.DITOLAK_SISTEM, refusal(e));
                }
            }
            LoanOperation loanOperation = record instanceof ImportRecord.Journal j ? loanOperation(j) : null;
            if (loanOperation != null) {
                ImportRecord.Journal j = (ImportRecord.Journal) record;
                if (loanOperation.type().equals("PINJAMAN_CAIR")) {
                    // the cash lent must be in the books first; repayments and restructurings take no cash out, so
                    // the journals waiting for their batch need not be posted before them
                    flushJournals();
                }
                try {
                    tx.transaction(nested -> applyLoanOperation(nested.dsl(), j, loanOperation));
                    remember(new PendingJournal(j, naturalKey, hash, List.of()));
                    return Outcome.IMPORTED;
                } catch (RuntimeException e) {
                    throw new RecordRejected(RejectionReason.DITOLAK_SISTEM, refusal(e));
                }
            }
            if (record instanceof ImportRecord.Journal j) {
                try {
                    pendingJournals.add(new PendingJournal(j, naturalKey, hash, entries(j)));
                    return Outcome.IMPORTED;
                } catch (RuntimeException e) {
                    throw new RecordRejected(RejectionReason.DITOLAK_SISTEM, refusal(e));
                }
            }
            try {
                String entityId = tx.transactionResult(nested -> apply(record));
                tx.insertInto(IMPORT_KEY).set(IMPORT_KEY.SHEET, sheet.name()).set(IMPORT_KEY.NATURAL_KEY, naturalKey)
                        .set(IMPORT_KEY.ENTITY_ID, entityId).set(IMPORT_KEY.GROUP_CODE, record.groupCode().isEmpty()
                                ? null : record.groupCode())
                        .set(IMPORT_KEY.CONTENT_HASH, hash).set(IMPORT_KEY.IMPORTED_AT, clock.instant().atOffset(java.time.ZoneOffset.UTC))
                        .set(IMPORT_KEY.IMPORTED_BY, actor.name()).execute();
                return Outcome.IMPORTED;
            } catch (RuntimeException e) {
                throw new RecordRejected(RejectionReason.DITOLAK_SISTEM, refusal(e));
            }
        }

        private String apply(ImportRecord record) {
            return switch (record) {
                case ImportRecord.Facilitator f -> core.facilitators().register(actor, f.name(),
                        f.phone().isEmpty() ? null : f.phone()).id().value().toString();
                case ImportRecord.Group g -> group(g);
                case ImportRecord.Activity a -> activity(a);
                case ImportRecord.Member m -> member(m);
                case ImportRecord.Meeting m -> {
                    pendingMeetings.put(m.id(), m);
                    yield "pending:" + m.id();
                }
                case ImportRecord.Attendance a -> meeting(a);
                case ImportRecord.Visit v -> core.visits().record(actor, groupId(v.groupCode()), new FacilitatorVisit(
                        facilitatorId(v.facilitatorCode()), v.date(), v.findings(),
                        v.followUp().isEmpty() ? null : v.followUp(), v.nextVisit())).id().value().toString();
                case ImportRecord.Journal j -> throw new IllegalStateException("journals are posted in batches");
                case ImportRecord.GroupStatus s -> status(s);
                case ImportRecord.Survey s -> survey(s);
                case ImportRecord.Loan l -> {
                    loanTerms.put(l.id(), l);
                    yield "terms:" + l.groupCode() + "/" + l.id();
                }
            };
        }

        /**
         * An IKS payout (IKS_SALUR: DANA_IKS debit, KAS credit) goes through kube-ledger's {@link IksFund}, which
         * records its social purpose and beneficiary next to the entry; returns the fund's leg, or null.
         */
        private ImportRecord.@org.jspecify.annotations.Nullable Leg iksPayout(ImportRecord.Journal j) {
            if (!j.type().equals("IKS_SALUR") || j.legs().size() != 2) {
                return null;
            }
            ImportRecord.Leg fund = j.legs().stream().filter(l -> l.account() == AccountCode.DANA_IKS && l.debitRupiah() > 0)
                    .findFirst().orElse(null);
            boolean cash = j.legs().stream().anyMatch(l -> l.account() == AccountCode.KAS && l.creditRupiah() > 0);
            return fund != null && cash ? fund : null;
        }

        private static IksPurpose iksPurpose(String detail) {
            String d = detail.toLowerCase(java.util.Locale.ROOT);
            if (d.matches(".*(banjir|bencana|gempa|kebakaran|longsor|angin).*")) {
                return IksPurpose.DISASTER;
            }
            if (d.matches(".*(duka|meninggal|kematian|wafat).*")) {
                return IksPurpose.DEATH;
            }
            if (d.matches(".*(sakit|berobat|operasi|melahirkan|persalinan).*")) {
                return IksPurpose.ILLNESS;
            }
            if (d.matches(".*(sekolah|pendidikan|seragam|kuliah).*")) {
                return IksPurpose.EDUCATION;
            }
            return IksPurpose.COMMUNITY_NEED;
        }

        /** What a loan journal does in the loan book: which loan and the amount; null for an ordinary journal. */
        record LoanOperation(String type, String loanId, String previousLoanId, long amount) {
        }

        /**
         * A disbursement (PIUTANG_PINJAMAN debit, cash credit), a repayment (cash debit, PIUTANG_PINJAMAN and
         * PENDAPATAN_JASA credits) or a restructuring (receivable moved from the old loan id to the new) of one
         * loan whose terms are known: those go through kube-ledger's {@link LoanBook} so the loan has its
         * schedule, allocations and arrears. Anything else is posted as an ordinary journal.
         */
        private @org.jspecify.annotations.Nullable LoanOperation loanOperation(ImportRecord.Journal j) {
            java.util.Set<String> loanIds = new java.util.HashSet<>();
            long receivableDebit = 0;
            long receivableCredit = 0;
            long feeCredit = 0;
            long cashDebit = 0;
            long cashCredit = 0;
            long writeOff = 0;
            String debitedLoan = "";
            String creditedLoan = "";
            for (ImportRecord.Leg leg : j.legs()) {
                switch (leg.account()) {
                    case PIUTANG_PINJAMAN -> {
                        loanIds.add(leg.loanId());
                        receivableDebit += leg.debitRupiah();
                        receivableCredit += leg.creditRupiah();
                        if (leg.debitRupiah() > 0) {
                            debitedLoan = leg.loanId();
                        } else {
                            creditedLoan = leg.loanId();
                        }
                    }
                    case PENDAPATAN_JASA -> {
                        loanIds.add(leg.loanId());
                        feeCredit += leg.creditRupiah() - leg.debitRupiah();
                    }
                    case KAS -> {
                        cashDebit += leg.debitRupiah();
                        cashCredit += leg.creditRupiah();
                    }
                    case BEBAN_PENGHAPUSAN -> writeOff += leg.debitRupiah() - leg.creditRupiah();
                    default -> {
                        return null;
                    }
                }
            }
            loanIds.remove("");
            switch (j.type()) {
                case "PINJAMAN_CAIR" -> {
                    ImportRecord.Loan terms = loanTerms.get(debitedLoan);
                    return loanIds.size() == 1 && terms != null && terms.replacesLoanId().isEmpty() && receivableCredit == 0
                            && feeCredit == 0 && cashDebit == 0 && cashCredit == receivableDebit
                            ? new LoanOperation(j.type(), debitedLoan, "", receivableDebit) : null;
                }
                case "ANGSURAN" -> {
                    return loanIds.size() == 1 && receivableDebit == 0 && cashCredit == 0 && cashDebit == receivableCredit + feeCredit
                            && loanNumber(j.groupCode(), loanIds.iterator().next()) != null
                            ? new LoanOperation(j.type(), loanIds.iterator().next(), "", cashDebit) : null;
                }
                case "HAPUS_BUKU" -> {
                    return loanIds.size() == 1 && receivableDebit == 0 && writeOff == receivableCredit && writeOff > 0
                            && cashDebit == 0 && cashCredit == 0 && feeCredit == 0 && loanNumber(j.groupCode(), creditedLoan) != null
                            ? new LoanOperation(j.type(), creditedLoan, "", writeOff) : null;
                }
                case "RESTRUKTURISASI" -> {
                    ImportRecord.Loan terms = loanTerms.get(debitedLoan);
                    return loanIds.size() == 2 && terms != null && terms.replacesLoanId().equals(creditedLoan)
                            && receivableDebit == receivableCredit && cashDebit == 0 && cashCredit == 0 && feeCredit == 0
                            && loanNumber(j.groupCode(), creditedLoan) != null
                            ? new LoanOperation(j.type(), debitedLoan, creditedLoan, receivableDebit) : null;
                }
                default -> {
                    return null;
                }
            }
        }

        /** The loan-book number of a loan id: opened in this import, or in an earlier one (import key). */
        private @org.jspecify.annotations.Nullable Long loanNumber(String groupCode, String loanId) {
            return key(tx, Sheet.PINJAMAN, loanId).map(r -> r.value1())
                    .filter(entity -> entity.startsWith("loan:"))
                    .map(entity -> Long.parseLong(entity.substring(entity.lastIndexOf('/') + 1)))
                    .orElse(null);
        }

        private void bindLoan(String loanId, GroupId group, long loanNo) {
            tx.update(IMPORT_KEY).set(IMPORT_KEY.ENTITY_ID, "loan:" + group.value() + "/" + loanNo)
                    .where(IMPORT_KEY.SHEET.eq(Sheet.PINJAMAN.name()), IMPORT_KEY.NATURAL_KEY.eq(loanId)).execute();
        }

        private void applyLoanOperation(DSLContext nested, ImportRecord.Journal j, LoanOperation op) {
            LoanBook loans = new LoanBook(nested, clock);
            GroupId group = groupId(j.groupCode());
            switch (op.type()) {
                case "PINJAMAN_CAIR" -> {
                    ImportRecord.Loan l = loanTerms.get(op.loanId());
                    if (op.amount() != l.principalRupiah()) {
                        throw new IllegalArgumentException("Pencairan " + op.amount() + " tidak sama dengan pokok pinjaman "
                                + l.id() + " (" + l.principalRupiah() + ")");
                    }
                    id.kube.ledger.loan.LoanTerms terms = new id.kube.ledger.loan.LoanTerms(l.principalRupiah(), feeMethod(l), new java.math.BigDecimal(l.feePercentPerMonth()),
                            frequency(l), l.installments(), l.gracePeriods(), j.date());
                    Loan loan = loans.disburse(group, memberId(j.groupCode(), l.nik()), terms, actor.name(), j.id());
                    bindLoan(l.id(), group, loan.loanNo());
                }
                case "ANGSURAN" -> loans.repay(group, loanNumber(j.groupCode(), op.loanId()), j.date(), Rupiah.of(op.amount()), null,
                        actor.name(), j.id());
                case "HAPUS_BUKU" -> {
                    long loanNo = loanNumber(j.groupCode(), op.loanId());
                    long outstanding = loans.loan(group, loanNo).outstandingPrincipal();
                    if (outstanding != op.amount()) {
                        throw new IllegalArgumentException("Sisa pokok pinjaman " + op.loanId() + " menurut buku pinjaman "
                                + outstanding + ", bukan " + op.amount());
                    }
                    loans.writeOff(group, loanNo, j.date(), j.description(), "Rapat anggota " + j.groupCode(), actor.name(), j.id());
                }
                case "RESTRUKTURISASI" -> {
                    ImportRecord.Loan l = loanTerms.get(op.loanId());
                    long loanNo = loanNumber(j.groupCode(), op.previousLoanId());
                    long outstanding = loans.loan(group, loanNo).outstandingPrincipal();
                    if (outstanding != op.amount() || outstanding != l.principalRupiah()) {
                        throw new IllegalArgumentException("Sisa pokok pinjaman " + op.previousLoanId() + " menurut buku pinjaman "
                                + outstanding + ", bukan " + op.amount() + " (pokok " + l.id() + ": " + l.principalRupiah() + ")");
                    }
                    loans.restructure(group, loanNo, new Restructuring(j.date(), feeMethod(l),
                            new java.math.BigDecimal(l.feePercentPerMonth()), frequency(l), l.installments(), l.gracePeriods(), false,
                            l.note().isEmpty() ? j.description() : l.note(), "Rapat anggota " + j.groupCode()), actor.name(), j.id());
                    bindLoan(l.id(), group, loanNo);
                }
                default -> throw new IllegalStateException(op.type());
            }
        }

        private static FeeMethod feeMethod(ImportRecord.Loan l) {
            return l.feeMethod().equals("MENURUN") ? FeeMethod.DECLINING : FeeMethod.FLAT;
        }

        private static Frequency frequency(ImportRecord.Loan l) {
            return switch (l.frequency()) {
                case "MINGGUAN" -> Frequency.WEEKLY;
                case "DUA_MINGGUAN" -> Frequency.FORTNIGHTLY;
                default -> Frequency.MONTHLY;
            };
        }

        private String survey(ImportRecord.Survey s) {
            int wave = s.wave().equals("BASELINE") ? 0 : Integer.parseInt(s.wave().substring("LANJUTAN_".length()));
            java.util.Set<IncomeSource> sources = java.util.EnumSet.noneOf(IncomeSource.class);
            for (String code : s.incomeSources()) {
                sources.add(switch (code) {
                    case "KUBE" -> IncomeSource.KUBE;
                    case "PERTANIAN" -> IncomeSource.FARMING;
                    case "NELAYAN" -> IncomeSource.FISHING;
                    case "BURUH" -> IncomeSource.LABOUR;
                    case "DAGANG" -> IncomeSource.TRADE;
                    case "GAJI" -> IncomeSource.WAGES;
                    case "BANTUAN" -> IncomeSource.TRANSFERS;
                    case "KIRIMAN" -> IncomeSource.REMITTANCES;
                    default -> IncomeSource.OTHER;
                });
            }
            FoodSecurity food = switch (s.foodSecurity()) {
                case "TAHAN" -> FoodSecurity.SECURE;
                case "RAWAN_RINGAN" -> FoodSecurity.MILD;
                case "RAWAN_SEDANG" -> FoodSecurity.MODERATE;
                default -> FoodSecurity.SEVERE;
            };
            return new HouseholdSurveys(tx, clock).record(actor, new HouseholdSurvey(groupId(s.groupCode()),
                    memberId(s.groupCode(), s.nik()), wave, s.date(), s.enumerator(), s.householdSize(), s.monthlyIncomeRupiah(),
                    s.kubeIncomeRupiah(), s.savingsRupiah(), sources, s.jkn(), s.schoolAgeChildren(), s.schoolAgeInSchool(),
                    s.kip(), s.pkh(), s.electricity(), s.cleanWater(), s.sanitation(), s.birthCertificates(), s.civilDocuments(),
                    s.bankAccount(), food, s.welfareDecile(), s.leftRegister())).toString();
        }

        private String group(ImportRecord.Group g) {
            GroupProfile profile = new GroupProfile(g.name(), g.code(), RegionCode.of(g.villageCode()), g.formed(),
                    g.bank().isEmpty() || g.accountNumber().isEmpty() ? null
                            : new BankAccount(g.bank(), g.accountNumber(), g.name()),
                    new StimulusGrant(Rupiah.of(g.grantRupiah()), g.grantDate(), g.grantScheme()), Set.of());
            Group group = core.groups().register(actor, profile);
            int reserve = 100 - g.surplusIksPercent() - g.surplusMembersPercent();
            core.groups().adoptConstitution(actor, group.id(), new ConstitutionTerms(g.formed(),
                    Rupiah.of(g.principalSavingRupiah()), Rupiah.of(g.mandatorySavingRupiah()),
                    new IksRule(Rupiah.of(g.iksFeeRupiah()), "Iuran IKS " + Rupiah.format(g.iksFeeRupiah())
                            + " per anggota per pertemuan; disalurkan untuk anggota/warga yang tertimpa musibah"),
                    new LoanTerms(new BigDecimal(g.loanFeePercent()), 1, g.maxInstallments(), Rupiah.of(g.grantRupiah())),
                    new SurplusSplit(BigDecimal.valueOf(g.surplusMembersPercent()), BigDecimal.valueOf(reserve),
                            BigDecimal.valueOf(g.surplusIksPercent()), BigDecimal.ZERO, BigDecimal.ZERO)));
            core.groups().assignFacilitator(actor, group.id(), facilitatorId(g.facilitatorCode()), g.formed());
            // the programme's constitution has the group meet monthly; without a schedule on record the meeting
            // regularity indicator (held ÷ scheduled) stays missing for every imported group
            core.meetingSchedules().schedule(actor, group.id(), g.formed().withDayOfMonth(1), 1);
            books.open(group.id(), BookSettings.DEFAULT);
            return group.id().value().toString();
        }

        private String activity(ImportRecord.Activity a) {
            GroupId group = groupId(a.groupCode());
            BusinessActivity activity = core.activities().start(actor, group, businessType(a.type()), a.description(),
                    a.started(), null);
            if (a.status().equals("BERHENTI")) {
                core.activities().changeStatus(actor, activity.id(), ActivityStatus.STOPPED, a.started(),
                        "Usaha berhenti (data impor)");
            }
            return activity.id().value().toString();
        }

        private String member(ImportRecord.Member m) {
            GroupId group = groupId(m.groupCode());
            PersonDetails person = new PersonDetails(Nik.of(m.nik()), FamilyCardNumber.of(m.familyCard()), m.name(),
                    m.sex() == 'P' ? Sex.FEMALE : Sex.MALE, m.birthDate(),
                    new Address(m.address(), m.rt(), m.rw(), RegionCode.of(m.villageCode())),
                    m.phone().isEmpty() ? null : m.phone(), m.headOfHousehold(), m.headOfHousehold(),
                    m.welfareDecile() == null ? null : new DtsenEntry("DTSEN-" + m.villageCode().replace(".", ""),
                            m.welfareDecile()));
            Member member = core.members().addMember(actor, group, person, m.joined()).member();
            GroupRole role = switch (m.role()) {
                case "KETUA" -> GroupRole.CHAIR;
                case "SEKRETARIS" -> GroupRole.SECRETARY;
                case "BENDAHARA" -> GroupRole.TREASURER;
                default -> GroupRole.MEMBER;
            };
            if (role != GroupRole.MEMBER) {
                core.members().assignRole(actor, member.id(), role, m.joined());
            }
            if (m.left() != null) {
                core.members().leave(actor, member.id(), m.left(), "Keluar dari kelompok (data impor)");
            }
            return member.id().value().toString();
        }

        private String meeting(ImportRecord.Attendance a) {
            ImportRecord.Meeting m = pendingMeetings.remove(a.meetingId());
            if (m == null) {
                throw new IllegalArgumentException("Daftar hadir pertemuan " + a.meetingId()
                        + " harus diimpor bersama pertemuannya (pertemuan.csv) dalam impor yang sama");
            }
            Map<MemberId, Attendance> attendance = new LinkedHashMap<>();
            for (ImportRecord.Presence p : a.presences()) {
                attendance.put(memberId(m.groupCode(), p.nik()), p.present() ? Attendance.PRESENT : Attendance.ABSENT);
            }
            return recordMeeting(m, attendance);
        }

        private String recordMeeting(ImportRecord.Meeting m, Map<MemberId, Attendance> attendance) {
            MeetingType type = switch (m.type()) {
                case "RAPAT_ANGGOTA_TAHUNAN" -> MeetingType.ANNUAL_MEMBERS;
                case "KHUSUS" -> MeetingType.EXTRAORDINARY;
                default -> MeetingType.ROUTINE;
            };
            var recorded = core.meetings().record(actor, groupId(m.groupCode()), new NewMeeting(m.date(), type, null,
                    attendance, m.decisions().isEmpty() ? List.of() : List.of(m.decisions())));
            return recorded.id().value().toString();
        }

        /** Meetings imported without attendance rows are recorded at the end, without attendance. */
        void flushMeetings() {
            for (ImportRecord.Meeting m : List.copyOf(pendingMeetings.values())) {
                recordMeeting(m, Map.of());
            }
            pendingMeetings.clear();
        }

        private String status(ImportRecord.GroupStatus s) {
            GroupId id = groupId(s.groupCode());
            Group group = core.groups().require(id);
            GroupStatus target = switch (s.status()) {
                case "PEMBENTUKAN" -> GroupStatus.FORMING;
                case "AKTIF" -> GroupStatus.ACTIVE;
                case "DIBEKUKAN" -> GroupStatus.SUSPENDED;
                case "LULUS" -> GroupStatus.GRADUATED;
                default -> GroupStatus.DISSOLVED;
            };
            GroupStage stage = GroupStage.valueOf(s.stage());
            if (group.status() != target) {
                core.groups().changeStatus(actor, id, target, s.date(), s.reason());
            }
            if (group.stage() != stage) {
                core.groups().changeStage(actor, id, stage, s.date(), s.reason());
            }
            return id.value() + "@" + s.date();
        }

        private List<NewEntry> entries(ImportRecord.Journal j) {
            GroupId group = groupId(j.groupCode());
            Map<AccountCode, AccountId> accounts = chartCache.computeIfAbsent(group, this::accounts);
            List<NewEntry> entries = new ArrayList<>();
            for (EntryPart part : split(j)) {
                List<Leg> legs = new ArrayList<>();
                for (ImportRecord.Leg leg : part.legs()) {
                    AccountId account = accounts.get(leg.account());
                    legs.add(leg.debitRupiah() > 0 ? Leg.debit(account, leg.debitRupiah())
                            : Leg.credit(account, leg.creditRupiah()));
                }
                MemberId member = part.nik().isEmpty() ? null : memberId(j.groupCode(), part.nik());
                entries.add(new NewEntry(group, part.idempotencyKey(), kind(j.type()), j.date(), j.description(),
                        member, actor.name(), legs, null));
            }
            return entries;
        }

        /**
         * Posts the pending journals as one batch (in a savepoint). If the ledger refuses the batch, each journal
         * is retried alone so that exactly the refused ones are reported; the others are kept.
         */
        void flushJournals() {
            if (pendingJournals.isEmpty()) {
                return;
            }
            List<PendingJournal> batch = List.copyOf(pendingJournals);
            pendingJournals.clear();
            try {
                tx.transaction(nested -> journal.postIn(nested.dsl(),
                        batch.stream().flatMap(p -> p.entries().stream()).toList()));
                batch.forEach(this::remember);
            } catch (RuntimeException batchRefused) {
                for (PendingJournal p : batch) {
                    try {
                        tx.transaction(nested -> journal.postIn(nested.dsl(), p.entries()));
                        remember(p);
                    } catch (RuntimeException e) {
                        refused.add(new Deferred(p.record(), RejectionReason.DITOLAK_SISTEM, refusal(e)));
                    }
                }
            }
        }

        private void remember(PendingJournal p) {
            tx.insertInto(IMPORT_KEY).set(IMPORT_KEY.SHEET, Sheet.TRANSAKSI.name())
                    .set(IMPORT_KEY.NATURAL_KEY, p.naturalKey())
                    .set(IMPORT_KEY.ENTITY_ID, p.record().groupCode() + "/" + p.record().id())
                    .set(IMPORT_KEY.GROUP_CODE, p.record().groupCode()).set(IMPORT_KEY.CONTENT_HASH, p.hash())
                    .set(IMPORT_KEY.IMPORTED_AT, clock.instant().atOffset(java.time.ZoneOffset.UTC))
                    .set(IMPORT_KEY.IMPORTED_BY, actor.name()).execute();
        }

        private Map<AccountCode, AccountId> accounts(GroupId group) {
            Map<AccountRole, AccountId> roles = Books.roles(tx, group);
            Map<AccountCode, AccountId> byCode = new java.util.EnumMap<>(AccountCode.class);
            for (AccountCode code : AccountCode.values()) {
                AccountRole role = role(code);
                if (role != null && roles.containsKey(role)) {
                    byCode.put(code, roles.get(role));
                }
            }
            if (!byCode.containsKey(AccountCode.DISTRIBUSI_SHU)) {
                var existing = Books.chart(tx, group).stream().filter(a -> a.code().equals(SURPLUS_SHARED_CODE)).findFirst();
                byCode.put(AccountCode.DISTRIBUSI_SHU, existing.map(id.kube.ledger.account.Account::id).orElseGet(() ->
                        books.addAccount(group, SURPLUS_SHARED_CODE, "SHU yang dibagikan", AccountType.EQUITY, false).id()));
            }
            return byCode;
        }

        private MemberId memberId(String groupCode, String nik) {
            return new MemberId(UUID.fromString(key(tx, Sheet.ANGGOTA, memberKey(groupCode, nik)).orElseThrow(() ->
                    new IllegalArgumentException("Anggota " + IdentityNumbersView.masked(nik) + " tidak ada di kelompok "
                            + groupCode)).value1()));
        }

        private GroupId groupId(String groupCode) {
            return new GroupId(UUID.fromString(key(tx, Sheet.KELOMPOK, groupCode).orElseThrow(() ->
                    new IllegalArgumentException("Kelompok " + groupCode + " tidak ada")).value1()));
        }

        private FacilitatorId facilitatorId(String code) {
            return new FacilitatorId(UUID.fromString(key(tx, Sheet.PENDAMPING, code).orElseThrow(() ->
                    new IllegalArgumentException("Pendamping " + code + " tidak ada")).value1()));
        }
    }

    /** Part of a journal row group that posts as one ledger entry, with its member where there is one. */
    record EntryPart(String idempotencyKey, String nik, List<ImportRecord.Leg> legs) {
    }

    /**
     * The ledger names one member per entry. A template journal whose legs name several members (a meeting's
     * contributions, the members' SHU) is split into one balanced entry per member — the member's legs plus
     * the matching part of the unnamed legs on the other side — and one entry for what remains; all parts post
     * in one batch. Keys: {@code id_transaksi}, then {@code id_transaksi#1}, {@code #2}, ... in leg order.
     */
    static List<EntryPart> split(ImportRecord.Journal j) {
        List<String> niks = j.legs().stream().map(ImportRecord.Leg::nik).filter(n -> !n.isEmpty()).distinct().toList();
        if (niks.size() <= 1) {
            return List.of(new EntryPart(j.id(), niks.isEmpty() ? "" : niks.getFirst(), j.legs()));
        }
        boolean memberDebits = j.legs().stream().anyMatch(l -> !l.nik().isEmpty() && l.debitRupiah() > 0);
        boolean memberCredits = j.legs().stream().anyMatch(l -> !l.nik().isEmpty() && l.creditRupiah() > 0);
        if (memberDebits == memberCredits) {
            return List.of(new EntryPart(j.id(), "", j.legs()));
        }
        // unnamed legs on the side opposite to the members' legs, consumed in order
        List<long[]> pool = new ArrayList<>();
        List<ImportRecord.Leg> unnamedOpposite = new ArrayList<>();
        List<ImportRecord.Leg> unnamedSame = new ArrayList<>();
        for (ImportRecord.Leg l : j.legs()) {
            if (!l.nik().isEmpty()) {
                continue;
            }
            boolean opposite = memberCredits ? l.debitRupiah() > 0 : l.creditRupiah() > 0;
            if (opposite) {
                unnamedOpposite.add(l);
                pool.add(new long[] {Math.max(l.debitRupiah(), l.creditRupiah())});
            } else {
                unnamedSame.add(l);
            }
        }
        List<EntryPart> parts = new ArrayList<>();
        int n = 0;
        for (String nik : niks) {
            List<ImportRecord.Leg> legs = new ArrayList<>();
            long need = 0;
            for (ImportRecord.Leg l : j.legs()) {
                if (l.nik().equals(nik)) {
                    legs.add(l);
                    need += Math.max(l.debitRupiah(), l.creditRupiah());
                }
            }
            for (int i = 0; i < unnamedOpposite.size() && need > 0; i++) {
                long take = Math.min(need, pool.get(i)[0]);
                if (take > 0) {
                    ImportRecord.Leg source = unnamedOpposite.get(i);
                    legs.add(new ImportRecord.Leg(source.line(), source.account(), memberCredits ? take : 0,
                            memberCredits ? 0 : take, "", source.loanId()));
                    pool.get(i)[0] -= take;
                    need -= take;
                }
            }
            if (need != 0) {
                return List.of(new EntryPart(j.id(), "", j.legs()));
            }
            parts.add(new EntryPart(j.id() + "#" + (++n), nik, legs));
        }
        List<ImportRecord.Leg> rest = new ArrayList<>(unnamedSame);
        for (int i = 0; i < unnamedOpposite.size(); i++) {
            if (pool.get(i)[0] > 0) {
                ImportRecord.Leg source = unnamedOpposite.get(i);
                rest.add(new ImportRecord.Leg(source.line(), source.account(), memberCredits ? pool.get(i)[0] : 0,
                        memberCredits ? 0 : pool.get(i)[0], "", source.loanId()));
            }
        }
        if (!rest.isEmpty()) {
            parts.addFirst(new EntryPart(j.id(), "", rest));
        } else {
            parts.set(0, new EntryPart(j.id(), parts.getFirst().nik(), parts.getFirst().legs()));
        }
        return parts;
    }

    static AccountRole role(AccountCode code) {
        return switch (code) {
            case KAS -> AccountRole.CASH;
            case BANK -> AccountRole.BANK;
            case PIUTANG_PINJAMAN -> AccountRole.LOANS_RECEIVABLE;
            case PERSEDIAAN -> AccountRole.INVENTORY;
            case SIMPANAN_SUKARELA -> AccountRole.VOLUNTARY_SAVINGS;
            case MODAL_HIBAH -> AccountRole.GRANT_CAPITAL;
            case SIMPANAN_POKOK -> AccountRole.PRINCIPAL_CONTRIBUTIONS;
            case SIMPANAN_WAJIB -> AccountRole.MANDATORY_CONTRIBUTIONS;
            case DANA_IKS -> AccountRole.IKS_FUND;
            case SHU_DITAHAN -> AccountRole.RETAINED_SURPLUS;
            case DISTRIBUSI_SHU -> null;
            case PENJUALAN -> AccountRole.SALES;
            case PENDAPATAN_JASA -> AccountRole.LOAN_FEES;
            case PENDAPATAN_LAIN -> AccountRole.OTHER_INCOME;
            case PEMBELIAN -> AccountRole.PURCHASES;
            case BIAYA_OPERASIONAL -> AccountRole.OPERATING_EXPENSES;
            case BEBAN_PENGHAPUSAN -> AccountRole.LOAN_WRITE_OFFS;
        };
    }

    static EntryKind kind(String type) {
        return switch (type) {
            case "SETORAN_PERTEMUAN", "SIMPANAN" -> EntryKind.CONTRIBUTION;
            case "PENJUALAN" -> EntryKind.SALE;
            case "PEMBELIAN", "PEMBELIAN_MODAL" -> EntryKind.PURCHASE;
            case "BIAYA" -> EntryKind.EXPENSE;
            case "PINJAMAN_CAIR" -> EntryKind.LOAN_DISBURSEMENT;
            case "ANGSURAN" -> EntryKind.LOAN_REPAYMENT;
            case "RESTRUKTURISASI" -> EntryKind.LOAN_RESTRUCTURING;
            case "HAPUS_BUKU" -> EntryKind.LOAN_WRITE_OFF;
            case "IURAN_IKS" -> EntryKind.IKS_CONTRIBUTION;
            case "IKS_SALUR" -> EntryKind.IKS_DISBURSEMENT;
            case "SHU_BAGI" -> EntryKind.SURPLUS_ALLOCATION;
            case "SALDO_AWAL" -> EntryKind.OPENING_BALANCE;
            default -> EntryKind.GENERAL;
        };
    }

    static BusinessType businessType(String type) {
        return switch (type) {
            case "PERDAGANGAN" -> BusinessType.TRADE;
            case "OLAHAN_PANGAN" -> BusinessType.FOOD_PROCESSING;
            case "KERAJINAN" -> BusinessType.CRAFTS;
            case "PETERNAKAN" -> BusinessType.LIVESTOCK;
            case "PERTANIAN", "PERIKANAN" -> BusinessType.FARMING_FISHERY;
            case "JASA_JAHIT" -> BusinessType.TAILORING;
            case "JASA" -> BusinessType.SERVICES;
            case "E_WARONG" -> BusinessType.E_WARONG;
            default -> BusinessType.OTHER;
        };
    }

    /** SHA-256 of the record's content without its line number; NIKs enter as their keyed hash only. */
    private String contentHash(ImportRecord record) {
        String text = record.toString().replaceAll("line=\\d+, ", "");
        for (var matcher = java.util.regex.Pattern.compile("\\b\\d{16}\\b").matcher(text); matcher.find(); ) {
            text = text.replace(matcher.group(), "#");
        }
        StringBuilder niks = new StringBuilder();
        var m = java.util.regex.Pattern.compile("\\b\\d{16}\\b").matcher(record.toString());
        while (m.find()) {
            niks.append(protector.lookupHash(FamilyCardNumber.of(m.group()))).append(';');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((text + "|" + niks).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String refusal(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 500 ? message.substring(0, 500) + "…" : message;
    }

    /** Masking without depending on the importing package's internals. */
    private static final class IdentityNumbersView {
        static String masked(String nik) {
            return id.kube.seeds.importing.IdentityNumbers.masked(nik);
        }
    }
}
