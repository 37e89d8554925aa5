package id.kube.admin.group;

import static id.kube.ledger.persistence.jooq.Tables.ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import id.kube.admin.security.Role;
import id.kube.admin.security.UserAccounts;
import id.kube.admin.security.UserAccounts.NewAccount;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.Browser;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.testing.KubeFixtures;

/** In a real browser: a treasurer sees their group, is refused another group's page by URL; the ministry sees more. */
class GroupPageBrowserTest extends AdminApplicationTest {

    private static Browser browser;

    @Autowired
    DSLContext dsl;
    @Autowired
    UserAccounts accounts;

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(baseUrl());
        }
        return browser;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aTreasurerPostsAContributionSeesTheDashboardChangeAndIsRefusedAnotherGroupByUrl() {
        KubeCore core = KubeFixtures.core(dsl);
        long stamp = Instant.now().toEpochMilli();
        GroupId own = KubeFixtures.activeGroup(core, "KUBE Mawar " + stamp, 10);
        GroupId other = KubeFixtures.activeGroup(core, "KUBE Melati " + stamp, 10);
        String username = "bendahara." + stamp;
        accounts.create(new NewAccount(username, "Bendahara Mawar", Role.TREASURER, own, null, null), "rahasia-1");

        Browser browser = browser();
        browser.signIn(username, "rahasia-1");
        browser.waitUntilText(By.id("page-title"), "Dasbor");
        assertThat(browser.waitFor(By.id("dashboard-groups")).getText()).isEqualTo("1");
        assertThat(browser.waitFor(By.id("dashboard-members")).getText()).isEqualTo("10");
        assertThat(browser.waitFor(By.id("dashboard-cash")).getText()).isEqualTo("Rp0");
        browser.waitFor(By.cssSelector("#chart-stage[rendered]"));
        browser.screenshot("dashboard-treasurer");

        browser.open("kelompok");
        browser.waitFor(By.cssSelector("#groups-grid"));
        browser.waitUntilText(By.id("groups-grid"), "KUBE Mawar " + stamp);
        assertThat(browser.waitFor(By.id("groups-grid")).getText()).doesNotContain("KUBE Melati " + stamp);

        browser.open("kelompok/" + own.value());
        browser.waitUntilText(By.id("group-name"), "KUBE Mawar " + stamp);
        browser.waitFor(By.cssSelector("vaadin-tabsheet"));
        browser.screenshot("group-page");

        // post a contribution through the form: amount typed plainly, shown the Indonesian way, confirmed,
        // saved with a double click, kuitansi in words, one journal entry, the dashboard's cash changes
        String memberName = core.members().activeMembers(own).getFirst().fullName();
        browser.waitFor(By.id("record-contribution")).click();
        WebElement memberInput = browser.waitFor(By.cssSelector("#entry-member input"));
        memberInput.sendKeys(memberName);
        browser.waitFor(By.cssSelector("vaadin-combo-box-item"));
        memberInput.sendKeys(Keys.ENTER);
        WebElement amount = browser.waitFor(By.cssSelector("#entry-amount input"));
        amount.sendKeys("12,50");
        amount.sendKeys(Keys.TAB);
        browser.waitForVaadin();
        assertThat(browser.waitFor(By.id("entry-amount")).getAttribute("invalid")).isNotNull();
        assertThat(browser.waitFor(By.id("entry-amount")).getText()).contains("rupiah utuh");
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1250000", Keys.TAB);
        browser.waitForVaadin();
        assertThat(amount.getAttribute("value")).isEqualTo("Rp1.250.000");
        browser.screenshot("contribution-form");
        browser.waitFor(By.id("entry-next")).click();
        browser.waitUntilText(By.id("entry-summary"), "satu juta dua ratus lima puluh ribu rupiah");
        browser.screenshot("contribution-confirm");
        WebElement save = browser.waitFor(By.id("entry-save"));
        new org.openqa.selenium.interactions.Actions(browser.driver()).doubleClick(save).perform();
        browser.waitUntilText(By.id("receipt"), "Satu juta dua ratus lima puluh ribu rupiah");
        assertThat(browser.waitFor(By.id("receipt")).getText()).contains(memberName).contains("Rp1.250.000");
        browser.screenshot("kuitansi");
        assertThat(dsl.fetchCount(ENTRY, ENTRY.GROUP_ID.eq(own.value()))).isEqualTo(1);
        browser.open("dashboard");
        browser.waitUntilText(By.id("dashboard-cash"), "Rp1.250.000");

        browser.open("kelompok/" + other.value());
        browser.waitFor(By.id("group-denied"));
        assertThat(browser.driver().getPageSource()).doesNotContain("KUBE Melati " + stamp);
        assertThat(browser.waitFor(By.id("group-denied")).getText())
                .isEqualTo("Kelompok ini tidak ditemukan atau Anda tidak berhak membukanya.");
        browser.screenshot("group-denied");

        browser.waitFor(By.id("logout")).click();
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        browser.signIn("kemensos", DEMO_PASSWORD);
        browser.waitUntilText(By.id("page-title"), "Dasbor");
        browser.open("kelompok");
        browser.waitUntilText(By.id("groups-grid"), "KUBE Melati " + stamp);
        browser.screenshot("groups");
        browser.open("kelompok/" + other.value());
        browser.waitUntilText(By.id("group-name"), "KUBE Melati " + stamp);
    }
}
