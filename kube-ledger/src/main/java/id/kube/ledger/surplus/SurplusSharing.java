package id.kube.ledger.surplus;

import static id.kube.ledger.persistence.jooq.Tables.LEG;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.LedgerException;
import id.kube.ledger.account.AccountId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.Leg;
import id.kube.ledger.journal.NewEntry;
import id.kube.ledger.journal.PostedEntry;
import id.kube.ledger.report.AccountBalance;
import id.kube.ledger.report.IncomeStatement;
import id.kube.ledger.report.Reports;

/**
 * Year-end surplus sharing (pembagian SHU). In one linked batch dated 31 December: the year's income and
 * expenses are closed into retained surplus, then the surplus is allocated by the group's {@link SurplusRule}
 * to the reserve, the IKS fund and each member (as SHU payable). Every split uses {@link LargestRemainder},
 * so the parts sum exactly to the surplus.
 */
public final class SurplusSharing {

    private final DSLContext dsl;
    private final Journal journal;
    private final Reports reports;

    public SurplusSharing(DataSource dataSource, Clock clock) {
        this(DSL.using(dataSource, SQLDialect.POSTGRES), clock);
    }

    public SurplusSharing(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.journal = new Journal(dsl, clock);
        this.reports = new Reports(dsl);
    }

    /**
     * @param participation each member's participation weight for the year (e.g. meetings attended); may be
     *                      empty when the rule gives nothing by participation
     */
    public SurplusAllocation share(GroupId groupId, int year, SurplusRule rule, Map<MemberId, Long> participation, String postedBy,
                                   String idempotencyKey) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        IncomeStatement income = reports.incomeStatement(groupId, first, last);
        long surplus = income.surplus();
        LedgerException.require(surplus > 0, LedgerException.Reason.NO_SURPLUS,
                "Tidak ada SHU untuk dibagi pada tahun " + year + " (hasil usaha " + id.kube.core.money.Rupiah.format(surplus) + ")");
        long[] parts = LargestRemainder.allocate(surplus, rule.weights());

        TreeMap<UUID, Long> capital = capitalByMember(groupId, last);
        Map<MemberId, Long> byCapital = split(parts[2], capital, "modal (simpanan pokok dan wajib)");
        TreeMap<UUID, Long> weights = new TreeMap<>();
        participation.forEach((m, w) -> {
            LedgerException.require(w != null && w >= 0, LedgerException.Reason.INVALID_SURPLUS_RULE, "Bobot keaktifan anggota tidak boleh negatif");
            weights.put(m.value(), w);
        });
        Map<MemberId, Long> byParticipation = split(parts[3], weights, "keaktifan anggota");

        Map<AccountRole, AccountId> roles = Books.roles(dsl, groupId);
        List<NewEntry> batch = new ArrayList<>();
        List<Leg> closing = new ArrayList<>();
        for (AccountBalance b : income.income()) {
            if (b.debitPositive() != 0) {
                closing.add(new Leg(b.account().id(), b.debitPositive() < 0 ? id.kube.ledger.account.Side.DEBIT : id.kube.ledger.account.Side.CREDIT,
                        Math.abs(b.debitPositive())));
            }
        }
        for (AccountBalance b : income.expenses()) {
            if (b.debitPositive() != 0) {
                closing.add(new Leg(b.account().id(), b.debitPositive() > 0 ? id.kube.ledger.account.Side.CREDIT : id.kube.ledger.account.Side.DEBIT,
                        Math.abs(b.debitPositive())));
            }
        }
        closing.add(Leg.credit(roles.get(AccountRole.RETAINED_SURPLUS), surplus));
        batch.add(new NewEntry(groupId, idempotencyKey + "/closing", EntryKind.YEAR_END_CLOSING, last,
                "Penutupan pendapatan dan beban tahun " + year + " ke SHU", null, postedBy, closing, null));
        if (parts[0] + parts[1] > 0) {
            List<Leg> legs = new ArrayList<>();
            legs.add(Leg.debit(roles.get(AccountRole.RETAINED_SURPLUS), parts[0] + parts[1]));
            if (parts[0] > 0) {
                legs.add(Leg.credit(roles.get(AccountRole.RESERVE), parts[0]));
            }
            if (parts[1] > 0) {
                legs.add(Leg.credit(roles.get(AccountRole.IKS_FUND), parts[1]));
            }
            batch.add(new NewEntry(groupId, idempotencyKey + "/reserve-iks", EntryKind.SURPLUS_ALLOCATION, last,
                    "Pembagian SHU " + year + ": cadangan dan dana IKS", null, postedBy, legs, null));
        }
        TreeSet<UUID> members = new TreeSet<>();
        byCapital.keySet().forEach(m -> members.add(m.value()));
        byParticipation.keySet().forEach(m -> members.add(m.value()));
        for (UUID m : members) {
            MemberId member = new MemberId(m);
            long share = byCapital.getOrDefault(member, 0L) + byParticipation.getOrDefault(member, 0L);
            if (share > 0) {
                batch.add(new NewEntry(groupId, idempotencyKey + "/member/" + m, EntryKind.SURPLUS_ALLOCATION, last,
                        "SHU " + year + " bagian anggota", member, postedBy,
                        List.of(Leg.debit(roles.get(AccountRole.RETAINED_SURPLUS), share), Leg.credit(roles.get(AccountRole.SURPLUS_PAYABLE), share)), null));
            }
        }
        List<PostedEntry> posted = journal.post(batch);
        return new SurplusAllocation(groupId, year, surplus, parts[0], parts[1], byCapital, byParticipation, posted);
    }

    private TreeMap<UUID, Long> capitalByMember(GroupId groupId, LocalDate asOf) {
        Map<AccountRole, AccountId> roles = Books.roles(dsl, groupId);
        TreeMap<UUID, Long> capital = new TreeMap<>();
        for (Record r : dsl.select(LEG.MEMBER_ID, DSL.sum(LEG.AMOUNT)).from(LEG)
                .where(LEG.GROUP_ID.eq(groupId.value()), LEG.MEMBER_ID.isNotNull(), LEG.VALUE_DATE.le(asOf),
                        LEG.ACCOUNT_CODE.in(roles.get(AccountRole.PRINCIPAL_CONTRIBUTIONS).code(), roles.get(AccountRole.MANDATORY_CONTRIBUTIONS).code()))
                .groupBy(LEG.MEMBER_ID).fetch()) {
            long credit = -r.get(1, BigDecimal.class).longValueExact();
            if (credit > 0) {
                capital.put(r.get(LEG.MEMBER_ID), credit);
            }
        }
        return capital;
    }

    private static Map<MemberId, Long> split(long part, TreeMap<UUID, Long> weights, String basis) {
        Map<MemberId, Long> out = new HashMap<>();
        if (part == 0) {
            return out;
        }
        long total = weights.values().stream().mapToLong(Long::longValue).sum();
        LedgerException.require(total > 0, LedgerException.Reason.INVALID_SURPLUS_RULE,
                "SHU menurut " + basis + " tidak bisa dibagi: tidak ada anggota dengan bobot lebih dari nol");
        List<UUID> members = new ArrayList<>(weights.keySet());
        long[] shares = LargestRemainder.allocate(part, weights.values().stream().mapToLong(Long::longValue).toArray());
        for (int i = 0; i < members.size(); i++) {
            out.put(new MemberId(members.get(i)), shares[i]);
        }
        return out;
    }
}
