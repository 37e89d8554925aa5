package id.kube.admin.entry;

import static id.kube.admin.entry.PostingFixtures.entriesOf;
import static id.kube.admin.entry.PostingFixtures.key;
import static id.kube.admin.entry.PostingFixtures.legsSum;
import static id.kube.admin.entry.PostingFixtures.signInAsMinistry;
import static id.kube.admin.entry.PostingFixtures.signInAsTreasurerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.entry.CashPostings.CashEntry;
import id.kube.admin.entry.CashPostings.Kind;
import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.receipt.Kuitansi;
import id.kube.testing.KubeFixtures;

class CashPostingsTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    CashPostings postings;
    @Autowired
    Clock clock;

    private GroupId own;
    private GroupId other;
    private MemberId ownMember;
    private MemberId otherMember;
    private LocalDate today;

    @BeforeEach
    void twoGroups() {
        KubeCore core = KubeFixtures.core(dsl);
        own = KubeFixtures.activeGroup(core, "Kas Sendiri " + UUID.randomUUID(), 10);
        other = KubeFixtures.activeGroup(core, "Kas Lain " + UUID.randomUUID(), 10);
        ownMember = core.members().activeMembers(own).getFirst().id();
        otherMember = core.members().activeMembers(other).getFirst().id();
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CashEntry contribution(long amount, String key) {
        return new CashEntry(Kind.CONTRIBUTION, own, ownMember, null, null, amount, today, key);
    }

    @Test
    void aContributionIsPostedOnceWhateverTheNumberOfSubmitsWithItsKuitansiInWords() {
        signInAsTreasurerOf(own);
        String key = key();

        PostedReceipt first = postings.post(contribution(1_250_000, key));
        PostedReceipt again = postings.post(contribution(1_250_000, key));

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.entryNo()).isEqualTo(first.entryNo());
        assertThat(entriesOf(dsl, own)).isEqualTo(1);
        Kuitansi kuitansi = first.kuitansi();
        assertThat(kuitansi.amountFormatted()).isEqualTo("Rp1.250.000");
        assertThat(kuitansi.amountInWords()).isEqualTo("satu juta dua ratus lima puluh ribu rupiah");
        assertThat(kuitansi.direction()).isEqualTo(Kuitansi.Direction.RECEIVED);
        assertThat(kuitansi.treasurer()).isEqualTo("Bendahara Uji");
        assertThat(again.kuitansi()).isEqualTo(kuitansi);
    }

    @Test
    void everyKindBooksItsExactAmountOnTheRightAccounts() {
        signInAsTreasurerOf(own);
        Random random = new Random(20261123);
        long cash = 0;
        long sales = 0;
        long purchases = 0;
        long expenses = 0;
        long iks = 0;
        long mandatory = 0;
        for (int i = 0; i < 40; i++) {
            long amount = 1 + random.nextInt(2_000_000);
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            if (kind.spends() && amount > cash) {
                kind = Kind.SALE;
            }
            MemberId member = kind.memberRequired() ? ownMember : null;
            postings.post(new CashEntry(kind, own, member, member == null ? "Toko Sumber Rejeki" : null,
                    member == null ? "barang ke-" + i : null, amount, today, key()));
            switch (kind) {
                case CONTRIBUTION -> { cash += amount; mandatory += amount; }
                case SALE -> { cash += amount; sales += amount; }
                case PURCHASE -> { cash -= amount; purchases += amount; }
                case EXPENSE -> { cash -= amount; expenses += amount; }
                case IKS_CONTRIBUTION -> { cash += amount; iks += amount; }
            }
        }
        assertThat(legsSum(dsl, own, AccountRole.CASH)).isEqualTo(cash);
        assertThat(-legsSum(dsl, own, AccountRole.SALES)).isEqualTo(sales);
        assertThat(legsSum(dsl, own, AccountRole.PURCHASES)).isEqualTo(purchases);
        assertThat(legsSum(dsl, own, AccountRole.OPERATING_EXPENSES)).isEqualTo(expenses);
        assertThat(-legsSum(dsl, own, AccountRole.IKS_FUND)).isEqualTo(iks);
        assertThat(-legsSum(dsl, own, AccountRole.MANDATORY_CONTRIBUTIONS)).isEqualTo(mandatory);
        assertThat(entriesOf(dsl, own)).isEqualTo(40);
    }

    @Test
    void spendingMoreThanTheCashIsRefusedOnTheAmountWithBothFiguresAndNothingIsWritten() {
        signInAsTreasurerOf(own);
        postings.post(new CashEntry(Kind.SALE, own, null, "Pembeli umum", "kerupuk", 100_000, today, key()));
        int before = entriesOf(dsl, own);

        assertThatThrownBy(() -> postings.post(new CashEntry(Kind.PURCHASE, own, null, "Pasar", "tepung", 100_001,
                today, key())))
                .isInstanceOfSatisfying(EntryRefusal.class, r -> {
                    assertThat(r.field()).isEqualTo("amount");
                    assertThat(r.getMessage()).isEqualTo("Kas kelompok hanya Rp100.000, tidak cukup untuk Rp100.001");
                });
        assertThat(entriesOf(dsl, own)).isEqualTo(before);
        assertThat(legsSum(dsl, own, AccountRole.CASH)).isEqualTo(100_000);
    }

    @Test
    void aRetryAfterTheCashWasSpentReplaysInsteadOfBeingRefused() {
        signInAsTreasurerOf(own);
        postings.post(new CashEntry(Kind.SALE, own, null, "Pembeli umum", "kerupuk", 50_000, today, key()));
        CashEntry spendAll = new CashEntry(Kind.EXPENSE, own, null, "PLN", "listrik", 50_000, today, key());
        PostedReceipt first = postings.post(spendAll);

        PostedReceipt retry = postings.post(spendAll);

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.entryNo()).isEqualTo(first.entryNo());
        assertThat(first.kuitansi().direction()).isEqualTo(Kuitansi.Direction.PAID);
        assertThat(first.kuitansi().counterparty()).isEqualTo("PLN");
        assertThat(legsSum(dsl, own, AccountRole.CASH)).isZero();
    }

    @Test
    void anotherGroupsTreasurerAndAReadOnlyRoleAreRefusedAndNothingIsWritten() {
        signInAsTreasurerOf(own);
        assertThatThrownBy(() -> postings.post(new CashEntry(Kind.CONTRIBUTION, other, otherMember, null, null, 10_000,
                today, key()))).isInstanceOf(GroupAccessDeniedException.class);
        signInAsMinistry();
        assertThatThrownBy(() -> postings.post(contribution(10_000, key()))).isInstanceOf(GroupAccessDeniedException.class);
        assertThat(entriesOf(dsl, other)).isZero();
        assertThat(entriesOf(dsl, own)).isZero();
    }

    @Test
    void aMemberOfAnotherGroupAFutureDateOrAMissingPartyIsRefusedNextToItsField() {
        signInAsTreasurerOf(own);
        assertThatThrownBy(() -> postings.post(new CashEntry(Kind.CONTRIBUTION, own, otherMember, null, null, 10_000,
                today, key()))).isInstanceOfSatisfying(EntryRefusal.class, r -> assertThat(r.field()).isEqualTo("member"));
        assertThatThrownBy(() -> postings.post(new CashEntry(Kind.CONTRIBUTION, own, ownMember, null, null, 10_000,
                today.plusDays(1), key()))).isInstanceOfSatisfying(EntryRefusal.class, r -> assertThat(r.field()).isEqualTo("date"));
        assertThatThrownBy(() -> postings.post(new CashEntry(Kind.SALE, own, null, " ", "kerupuk", 10_000,
                today, key()))).isInstanceOfSatisfying(EntryRefusal.class, r -> assertThat(r.field()).isEqualTo("party"));
        assertThatThrownBy(() -> new CashEntry(Kind.SALE, own, null, "x", "y", 0, today, key()))
                .isInstanceOfSatisfying(EntryRefusal.class, r -> assertThat(r.field()).isEqualTo("amount"));
        assertThat(entriesOf(dsl, own)).isZero();
    }
}
