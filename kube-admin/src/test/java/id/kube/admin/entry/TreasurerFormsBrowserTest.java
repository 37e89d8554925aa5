package id.kube.admin.entry;

import static id.kube.admin.entry.PostingFixtures.entriesOf;
import static id.kube.admin.entry.PostingFixtures.key;
import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.security.Role;
import id.kube.admin.security.UserAccounts;
import id.kube.admin.security.UserAccounts.NewAccount;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.Browser;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.core.member.Member;
import id.kube.ledger.loan.FeeMethod;
import id.kube.ledger.loan.Frequency;
import id.kube.ledger.loan.LoanTerms;
import id.kube.testing.KubeFixtures;

/**
 * In a real browser, as a treasurer: a repayment posted through the form (allocation shown fee first, confirmed,
 * double-clicked "Simpan" posts once, kuitansi in words) moves the dashboard's cash and the loans tab; the other
 * forms, the meeting screen and the books tab render (screenshots, also at phone width); editing the URL to
 * another group's forms is refused.
 */
class TreasurerFormsBrowserTest extends AdminApplicationTest {

    private static Browser browser;

    @Autowired
    DSLContext dsl;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CashPostings cash;
    @Autowired
    LoanPostings loans;
    @Autowired
    ReversalPostings reversals;
    @Autowired
    Clock clock;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void choose(String comboId, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + comboId + " input"));
        input.sendKeys(text);
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + text + "')]")).click();
        WebElement combo = browser.waitFor(By.id(comboId));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(browser.driver()
                .executeScript("return arguments[0].selectedItem != null && !arguments[0].opened;", combo)));
        browser.waitForVaadin();
    }

    private void waitForValue(String fieldId, String expected) {
        WebElement input = browser.waitFor(By.cssSelector("#" + fieldId + " input"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> expected.equals(input.getDomProperty("value")));
    }

    /** Clicks after scrolling the element into the middle of the view (long screens on a phone). */
    private void click(String id) {
        WebElement element = browser.waitFor(By.id(id));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        browser.waitForVaadin();
    }

    private void type(String fieldId, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + fieldId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        browser.waitForVaadin();
    }

    @Test
    void aTreasurerPostsARepaymentSeesTheKuitansiAndTheFiguresChangeAndCannotReachAnotherGroup() {
        KubeCore core = KubeFixtures.core(dsl);
        long stamp = Instant.now().toEpochMilli();
        GroupId own = KubeFixtures.activeGroup(core, "KUBE Kenanga " + stamp, 10);
        GroupId other = KubeFixtures.activeGroup(core, "KUBE Anggrek " + stamp, 10);
        Member borrower = core.members().activeMembers(own).getFirst();
        LocalDate today = LocalDate.now(clock);
        PostingFixtures.signInAsTreasurerOf(own);
        cash.post(new CashPostings.CashEntry(CashPostings.Kind.SALE, own, null, "Pembeli umum", "kerupuk", 2_000_000, today, key()));
        cash.post(new CashPostings.CashEntry(CashPostings.Kind.IKS_CONTRIBUTION, own, borrower.id(), null, null, 100_000, today, key()));
        PostedReceipt wrong = cash.post(new CashPostings.CashEntry(CashPostings.Kind.CONTRIBUTION, own, borrower.id(), null,
                null, 500_000, today, key()));
        reversals.reverse(new ReversalPostings.Correction(own, wrong.entryNo(), "Salah ketik, seharusnya Rp50.000", today, key()));
        loans.disburse(new LoanPostings.Disbursement(own, borrower.id(),
                new LoanTerms(1_000_000, FeeMethod.FLAT, new BigDecimal("1.5"), Frequency.MONTHLY, 10, 0, today), key()));
        SecurityContextHolder.clearContext();
        String username = "bendahara.k" + stamp;
        accounts.create(new NewAccount(username, "Bendahara Kenanga", Role.TREASURER, own, null, null), "rahasia-1");
        int entriesBefore = entriesOf(dsl, own);

        browser = new Browser(baseUrl());
        browser.signIn(username, "rahasia-1");
        browser.waitUntilText(By.id("page-title"), "Dasbor");
        browser.waitUntilText(By.id("dashboard-cash"), "Rp1.100.000");

        // the repayment form: the loan, the next installment filled in, the allocation fee first
        browser.open("kelompok/" + own.value());
        browser.waitFor(By.id("record-repayment")).click();
        browser.waitUntilText(By.id("entry-title"), "Angsuran pinjaman");
        choose("entry-loan", "No. 1");
        waitForValue("entry-amount", "Rp115.000");
        type("entry-amount", "130000");
        browser.waitUntilText(By.id("entry-allocation"), "Rp30.000");
        assertThat(browser.waitFor(By.id("entry-allocation")).getText()).contains("Rp100.000").contains("Rp1.020.000");
        browser.screenshot("entry-repayment");
        click("entry-next");
        browser.waitUntilText(By.id("entry-summary"), "seratus tiga puluh ribu rupiah");
        browser.screenshot("entry-repayment-confirm");
        new Actions(browser.driver()).doubleClick(browser.waitFor(By.id("entry-save"))).perform();
        browser.waitUntilText(By.id("receipt"), "Seratus tiga puluh ribu rupiah");
        assertThat(browser.waitFor(By.id("receipt")).getText()).contains(borrower.fullName()).contains("Rp130.000")
                .contains("Telah terima dari");
        browser.screenshot("entry-kuitansi");
        assertThat(entriesOf(dsl, own)).isEqualTo(entriesBefore + 1);
        assertThat(dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(own.value()), ENTRY.KIND.eq("LOAN_REPAYMENT"))).isEqualTo(1);

        // the figures change: dashboard cash, the loans tab
        browser.open("dashboard");
        browser.waitUntilText(By.id("dashboard-cash"), "Rp1.230.000");
        browser.open("kelompok/" + own.value());
        browser.waitFor(By.xpath("//vaadin-tab[contains(., 'Pinjaman')]")).click();
        browser.waitUntilText(By.id("loans-outstanding"), "Rp900.000");
        browser.waitUntilText(By.id("loans-grid"), "Rp1.020.000");
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + borrower.fullName() + "')]")).click();
        browser.waitUntilText(By.id("loan-payments"), "Rp130.000");
        browser.screenshot("loans");
        browser.waitFor(By.xpath("//vaadin-tab[contains(., 'Buku kas')]")).click();
        browser.waitUntilText(By.id("books-journal"), "Angsuran");
        assertThat(browser.waitFor(By.id("books-journal")).getText()).contains("dibatalkan oleh #4").contains("membatalkan #3");
        browser.screenshot("books");

        // the other forms render with their live checks
        browser.open("kelompok/" + own.value() + "/pinjaman");
        browser.waitUntilText(By.id("entry-title"), "Pencairan pinjaman");
        choose("entry-member", core.members().activeMembers(own).get(1).fullName());
        type("entry-amount", "5000000");
        browser.waitUntilText(By.id("entry-amount"), "tidak dapat dicairkan");
        type("entry-amount", "600000");
        browser.waitUntilText(By.id("entry-schedule-totals"), "Rp600.000 + jasa Rp60.000 = Rp660.000");
        browser.screenshot("entry-loan");
        browser.open("kelompok/" + own.value() + "/pembelian");
        browser.waitUntilText(By.id("entry-title"), "Pembelian");
        type("entry-party", "Toko Tani Makmur");
        type("entry-note", "Tepung tapioka 20 kg");
        type("entry-amount", "12,50");
        assertThat(browser.waitFor(By.id("entry-amount")).getText()).contains("rupiah utuh");
        type("entry-amount", "250.000");
        browser.screenshot("entry-purchase");
        browser.open("kelompok/" + own.value() + "/penjualan");
        browser.waitUntilText(By.id("entry-title"), "Penjualan");
        browser.screenshot("entry-sale");
        browser.open("kelompok/" + own.value() + "/iks-bantuan");
        browser.waitUntilText(By.id("entry-fund-now"), "Rp100.000");
        browser.screenshot("entry-iks");
        browser.open("kelompok/" + own.value() + "/koreksi");
        browser.waitUntilText(By.id("entry-title"), "Koreksi");
        choose("entry-entry", "#1 ·");
        type("entry-reason", "Salah catat, penjualan ini milik bulan lalu");
        click("entry-next");
        browser.waitUntilText(By.id("entry-summary"), "Kredit Rp2.000.000");
        assertThat(browser.waitFor(By.id("entry-summary")).getText()).contains("Debit Rp2.000.000");
        browser.screenshot("entry-correction");
        browser.open("kelompok/" + own.value() + "/rapat");
        browser.waitFor(By.id("meeting-members"));
        type("meeting-default-contribution", "10000");
        type("meeting-default-iks", "2000");
        click("meeting-fill");
        type("r-" + borrower.id().value(), "115000");
        browser.screenshot("meeting");
        click("meeting-add-iks");
        choose("meeting-iks-purpose-1", "Sakit");
        type("meeting-iks-detail-1", "Biaya berobat ke puskesmas");
        type("meeting-iks-amount-1", "10000");
        int beforeMeeting = entriesOf(dsl, own);
        click("meeting-next");
        browser.waitFor(By.id("meeting-confirm-title"));
        browser.driver().executeScript("document.getElementById('meeting-confirm-title').scrollIntoView({block: 'start'});");
        browser.waitUntilText(By.id("meeting-summary"), "jasa Rp15.000, pokok Rp100.000");
        browser.waitUntilText(By.id("meeting-iks-help"), "Biaya berobat ke puskesmas");
        assertThat(browser.waitFor(By.id("meeting-summary")).getText()).contains("Rp100.000").contains("Rp20.000")
                .contains("Rp235.000");
        browser.driver().executeScript("document.getElementById('meeting-confirm-title').scrollIntoView({block: 'start'});");
        browser.screenshot("meeting-summary");
        new Actions(browser.driver()).doubleClick(browser.waitFor(By.id("meeting-save"))).perform();
        browser.waitUntilText(By.id("meeting-saved"), "Rapat tersimpan");
        browser.waitUntilText(By.id("meeting-result"), "Rp1.455.000");
        // 10 contributions + 10 IKS in one batch, one repayment, one IKS help: once despite the double click
        assertThat(entriesOf(dsl, own)).isEqualTo(beforeMeeting + 22);
        assertThat(KubeFixtures.core(dsl).meetings().ofGroup(own)).hasSize(1);

        // at phone width
        browser.resize(Browser.PHONE);
        browser.open("kelompok/" + own.value() + "/angsuran");
        browser.waitUntilText(By.id("entry-title"), "Angsuran");
        choose("entry-loan", "No. 1");
        browser.waitUntilText(By.id("entry-allocation"), "Rp");
        browser.screenshot("entry-repayment-phone");
        browser.open("kelompok/" + own.value() + "/rapat");
        browser.waitFor(By.id("meeting-members"));
        browser.screenshot("meeting-phone");
        browser.resize(Browser.DESKTOP);

        // another group's forms by editing the URL: refused, nothing about it shown
        for (String form : new String[] {"angsuran", "iuran", "pinjaman", "rapat", "koreksi"}) {
            browser.open("kelompok/" + other.value() + "/" + form);
            browser.waitFor(By.id("group-denied"));
            assertThat(browser.driver().getPageSource()).doesNotContain("KUBE Anggrek " + stamp);
        }
        browser.screenshot("entry-denied");
        assertThat(entriesOf(dsl, other)).isZero();
    }
}
