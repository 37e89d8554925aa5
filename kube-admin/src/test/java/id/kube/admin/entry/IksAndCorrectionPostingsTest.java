package id.kube.admin.entry;

import static id.kube.admin.entry.PostingFixtures.entriesOf;
import static id.kube.admin.entry.PostingFixtures.key;
import static id.kube.admin.entry.PostingFixtures.legsSum;
import static id.kube.admin.entry.PostingFixtures.signInAsTreasurerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.entry.CashPostings.CashEntry;
import id.kube.admin.security.GroupAccessDeniedException;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.member.MemberId;
import id.kube.ledger.account.AccountRole;
import id.kube.ledger.iks.IksPurpose;
import id.kube.ledger.receipt.Kuitansi;
import id.kube.ledger.report.JournalReader;
import id.kube.testing.KubeFixtures;

class IksAndCorrectionPostingsTest extends AdminApplicationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    IksPostings iks;
    @Autowired
    ReversalPostings reversals;
    @Autowired
    CashPostings cash;
    @Autowired
    Clock clock;

    private GroupId own;
    private GroupId other;
    private MemberId member;
    private LocalDate today;

    @BeforeEach
    void group() {
        KubeCore core = KubeFixtures.core(dsl);
        own = KubeFixtures.activeGroup(core, "IKS Sendiri " + UUID.randomUUID(), 10);
        other = KubeFixtures.activeGroup(core, "IKS Lain " + UUID.randomUUID(), 10);
        member = core.members().activeMembers(own).getFirst().id();
        today = LocalDate.now(clock);
        signInAsTreasurerOf(own);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anIksDisbursementNamesItsPurposeNeverExceedsTheFundAndPostsOnce() {
        cash.post(new CashEntry(CashPostings.Kind.IKS_CONTRIBUTION, own, member, null, null, 200_000, today, key()));
        cash.post(new CashEntry(CashPostings.Kind.SALE, own, null, "Pembeli umum", "kerupuk", 1_000_000, today, key()));
        int before = entriesOf(dsl, own);
        assertThatThrownBy(() -> iks.disburse(new IksPostings.IksDisbursement(own, IksPurpose.ILLNESS, "Rawat inap",
                member, null, 200_001, today, key())))
                .isInstanceOfSatisfying(EntryRefusal.class, r -> assertThat(r.getMessage())
                        .isEqualTo("Dana IKS kelompok hanya Rp200.000, tidak cukup untuk Rp200.001"));
        assertThatThrownBy(() -> new IksPostings.IksDisbursement(own, IksPurpose.ILLNESS, " ", member, null, 1, today, key()))
                .isInstanceOfSatisfying(EntryRefusal.class, r -> assertThat(r.field()).isEqualTo("note"));
        assertThat(entriesOf(dsl, own)).isEqualTo(before);

        String key = key();
        var request = new IksPostings.IksDisbursement(own, IksPurpose.DISASTER, "Atap rumah rusak karena angin", null,
                "Ibu Made Sari", 150_000, today, key);
        PostedReceipt first = iks.disburse(request);
        PostedReceipt again = iks.disburse(request);

        assertThat(again.entryNo()).isEqualTo(first.entryNo());
        assertThat(entriesOf(dsl, own)).isEqualTo(before + 1);
        assertThat(first.kuitansi().direction()).isEqualTo(Kuitansi.Direction.PAID);
        assertThat(first.kuitansi().counterparty()).isEqualTo("Ibu Made Sari");
        assertThat(first.kuitansi().purpose()).contains("Bencana").contains("Atap rumah rusak");
        assertThat(-legsSum(dsl, own, AccountRole.IKS_FUND)).isEqualTo(50_000);
    }

    @Test
    void aCorrectionReversesTheEntryOnceLinksBothAndRestoresTheBalances() {
        PostedReceipt wrong = cash.post(new CashEntry(CashPostings.Kind.CONTRIBUTION, own, member, null, null, 500_000,
                today, key()));
        assertThat(reversals.reversible(own, today.minusDays(1), today)).extracting(JournalReader.Entry::entryNo)
                .containsExactly(wrong.entryNo());
        String key = key();
        var correction = new ReversalPostings.Correction(own, wrong.entryNo(), "Salah ketik, seharusnya Rp50.000", today, key);

        PostedReceipt reversal = reversals.reverse(correction);
        PostedReceipt again = reversals.reverse(correction);

        assertThat(again.entryNo()).isEqualTo(reversal.entryNo());
        assertThat(legsSum(dsl, own, AccountRole.CASH)).isZero();
        assertThat(legsSum(dsl, own, AccountRole.MANDATORY_CONTRIBUTIONS)).isZero();
        JournalReader reader = new JournalReader(dsl);
        assertThat(reader.entry(own, wrong.entryNo()).orElseThrow().reversedByEntryNo()).isEqualTo(reversal.entryNo());
        assertThat(reader.entry(own, reversal.entryNo()).orElseThrow().reversesEntryNo()).isEqualTo(wrong.entryNo());
        assertThat(reversal.kuitansi().direction()).isEqualTo(Kuitansi.Direction.PAID);
        assertThat(reversals.reversible(own, today.minusDays(1), today)).isEmpty();
        int before = entriesOf(dsl, own);
        assertThatThrownBy(() -> reversals.reverse(new ReversalPostings.Correction(own, wrong.entryNo(), "sekali lagi",
                today, key()))).isInstanceOfSatisfying(EntryRefusal.class,
                r -> assertThat(r.key()).isEqualTo("entry.reversal.already"));
        assertThatThrownBy(() -> new ReversalPostings.Correction(own, wrong.entryNo(), "x", today, key()))
                .isInstanceOfSatisfying(EntryRefusal.class, r -> assertThat(r.field()).isEqualTo("reason"));
        signInAsTreasurerOf(other);
        assertThatThrownBy(() -> reversals.reverse(new ReversalPostings.Correction(own, reversal.entryNo(),
                "bukan kelompok saya", today, key()))).isInstanceOf(GroupAccessDeniedException.class);
        assertThat(entriesOf(dsl, own)).isEqualTo(before);
    }
}
