package id.kube.admin.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import id.kube.admin.entry.CashPostings;
import id.kube.admin.security.KubeUser;
import id.kube.admin.security.Role;
import id.kube.admin.security.UserAccounts;
import id.kube.admin.security.UserAccounts.NewAccount;
import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.Browser;
import id.kube.admin.support.TestUsers;
import id.kube.core.KubeCore;
import id.kube.core.facilitator.FacilitatorId;
import id.kube.core.group.GroupId;
import id.kube.core.region.RegionCode;
import id.kube.ledger.journal.Periods;
import id.kube.testing.KubeFixtures;

/**
 * In a real browser, one role after another: the treasurer submits last month, the facilitator reviews it and
 * records a visit, the district officer approves it (the month is then closed in the books), the ministry reads
 * it, the researcher sees no group or name, the administrator creates an account the new user signs in with.
 * Each role sees its own menu entries and is refused what is not its business, also by editing the URL.
 */
class RolesBrowserTest extends AdminApplicationTest {

    private static final String PASSWORD = "rahasia-1";
    private static Browser browser;

    @Autowired
    DSLContext dsl;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CashPostings contributions;
    @Autowired
    Clock clock;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private List<String> menu() {
        browser.waitFor(By.id("side-nav"));
        return browser.findAll(By.cssSelector("#side-nav vaadin-side-nav-item")).stream()
                .map(item -> item.getAttribute("id")).toList();
    }

    private void signInAs(String username, String password) {
        if (!browser.findAll(By.id("logout")).isEmpty()) {
            click(By.id("logout"));
            browser.waitFor(By.cssSelector("vaadin-login-form"));
        }
        browser.signIn(username, password);
        browser.waitUntilText(By.id("page-title"), "Dasbor");
    }

    /** Opens a URL the signed-in user may not open: nothing of the screen or the group reaches the page. */
    private void refused(String path, String idOfScreen, String secret) {
        browser.open(path);
        browser.waitForVaadin();
        assertThat(browser.findAll(By.id(idOfScreen))).as(path).isEmpty();
        assertThat(browser.driver().getPageSource()).as(path).doesNotContain(secret);
    }

    /** Waits until the element's text (visible or scrolled away) contains {@code text}. */
    private void waitForContent(String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> {
            Object content = browser.driver().executeScript(
                    "var e = document.getElementById(arguments[0]); return e ? e.textContent : '';", id);
            return String.valueOf(content).contains(text);
        });
    }

    /** Clicks an element after scrolling it into view (the page is longer than the window). */
    private void click(By by) {
        WebElement element = browser.waitFor(by);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void choose(String comboId, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + comboId + " input"));
        input.sendKeys(text);
        browser.waitForVaadin();
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + text + "')]")).click();
        browser.waitForVaadin();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                browser.findAll(By.cssSelector("vaadin-combo-box-item")).stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    void eachRoleSeesWhatItShouldAndTheMonthIsSubmittedReviewedApprovedAndLocked() {
        KubeCore core = KubeFixtures.core(dsl);
        String stamp = String.valueOf(Instant.now().toEpochMilli());
        String groupName = "KUBE Cempaka " + stamp;
        String otherName = "KUBE Kenanga " + stamp;
        GroupId group = KubeFixtures.activeGroup(core, groupName, 10);
        GroupId other = KubeFixtures.activeGroup(core, otherName, 10);
        FacilitatorId facilitatorId = core.facilitators().register(KubeFixtures.FACILITATOR, "Pendamping " + stamp,
                null).id();
        core.groups().assignFacilitator(KubeFixtures.FACILITATOR, group, facilitatorId, KubeFixtures.TODAY);
        String treasurer = "bendahara.cempaka." + stamp;
        String facilitator = "pendamping.cempaka." + stamp;
        String officer = "dinsos.gianyar." + stamp;
        String farOfficer = "dinsos.lobar." + stamp;
        accounts.create(new NewAccount(treasurer, "Bendahara Cempaka", Role.TREASURER, group, null, null), PASSWORD);
        accounts.create(new NewAccount(facilitator, "Pendamping Cempaka", Role.FACILITATOR, null, null,
                facilitatorId), PASSWORD);
        accounts.create(new NewAccount(officer, "Dinsos Gianyar", Role.DISTRICT_OFFICER, null, RegionCode.of("51.04"),
                null), PASSWORD);
        accounts.create(new NewAccount(farOfficer, "Dinsos Lombok Barat", Role.DISTRICT_OFFICER, null,
                RegionCode.of("52.01"), null), PASSWORD);
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        TestUsers.signIn(new KubeUser(treasurer, "Bendahara Cempaka", Role.TREASURER, group, null, null));
        contributions.post(new CashPostings.CashEntry(CashPostings.Kind.CONTRIBUTION, group, core.members().activeMembers(group)
                .getFirst().id(), null, null, 1_250_000, month.atDay(12), UUID.randomUUID().toString()));
        SecurityContextHolder.clearContext();
        String monthUrl = "laporan-bulanan?kelompok=" + group.value() + "&bulan=" + month;

        browser = new Browser(baseUrl());

        // treasurer: own group's month, submits it; no facilitation or users screen; another group refused by URL
        signInAs(treasurer, PASSWORD);
        assertThat(menu()).contains("nav-dashboard", "nav-groups", "nav-approval")
                .doesNotContain("nav-facilitation", "nav-users");
        browser.open("laporan-bulanan");
        browser.waitUntilText(By.id("approval-heading"), groupName);
        assertThat(browser.waitFor(By.id("fig-contributions")).getText()).isEqualTo("Rp1.250.000");
        assertThat(browser.waitFor(By.id("fig-closing-cash")).getText()).isEqualTo("Rp1.250.000");
        assertThat(browser.waitFor(By.id("approval-state")).getText()).isEqualTo("Belum diajukan");
        click(By.id("approval-submit"));
        waitForContent("approval-state", "Diajukan");
        refused("laporan-bulanan?kelompok=" + other.value() + "&bulan=" + month, "approval-heading", otherName);
        refused("kelompok/" + other.value(), "group-name", otherName);
        refused("pengguna", "users", "Akun baru");
        refused("pendampingan", "facilitation", "Log kunjungan");

        // facilitator: the month waits for them; sending back needs a comment; accepts; visit log and attention
        signInAs(facilitator, PASSWORD);
        assertThat(menu()).contains("nav-approval", "nav-facilitation").doesNotContain("nav-users");
        browser.open("laporan-bulanan");
        browser.waitUntilText(By.id("approval-queue"), groupName);
        browser.open(monthUrl);
        waitForContent("approval-state", "Diajukan");
        click(By.id("approval-send-back"));
        waitForContent("approval-error", "Tuliskan apa yang harus diperbaiki");
        click(By.id("approval-accept"));
        waitForContent("approval-state", "Diperiksa pendamping");
        assertThat(browser.findAll(By.id("approval-approve"))).isEmpty();

        browser.open("pendampingan");
        browser.waitUntilText(By.id("attention-grid"), groupName);
        assertThat(browser.waitFor(By.id("attention-grid")).getText()).contains("Belum pernah dikunjungi pendamping")
                .doesNotContain(otherName);
        browser.open("pendampingan?kelompok=" + group.value());
        browser.waitFor(By.id("visit-form"));
        browser.waitFor(By.cssSelector("#visit-findings input")).sendKeys("Buku kas rapi; dua anggota belum menabung");
        browser.waitFor(By.cssSelector("#visit-follow-ups input")).sendKeys("Ajak dua anggota menabung rutin");
        click(By.id("visit-save"));
        browser.waitUntilText(By.id("visits"), "Buku kas rapi; dua anggota belum menabung");
        assertThat(browser.waitFor(By.id("visits")).getText()).contains("Tindak lanjut belum selesai");
        browser.open("pendampingan");
        browser.waitUntilText(By.id("attention-grid"), "Tindak lanjut belum selesai: 1");
        browser.open("pendampingan?kelompok=" + group.value());
        browser.waitFor(By.id("visits"));
        browser.screenshot("facilitator");
        browser.resize(Browser.PHONE);
        browser.screenshot("facilitator-phone");
        browser.resize(Browser.DESKTOP);
        click(By.cssSelector("#visits .follow-up-mark"));
        browser.waitUntilText(By.id("visits"), "Tindak lanjut selesai");
        refused("pendampingan?kelompok=" + other.value(), "visits", otherName);
        refused("pengguna", "users", "Akun baru");

        // a district officer of another regency does not see the group
        signInAs(farOfficer, PASSWORD);
        browser.open(monthUrl);
        browser.waitFor(By.id("group-denied"));
        assertThat(browser.findAll(By.id("approval-approve"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(groupName);

        // the district officer of the group's regency approves: the month is locked in the books
        signInAs(officer, PASSWORD);
        assertThat(menu()).contains("nav-approval", "nav-facilitation").doesNotContain("nav-users");
        browser.open("laporan-bulanan");
        browser.waitUntilText(By.id("approval-queue"), groupName);
        browser.open(monthUrl);
        waitForContent("approval-state", "Diperiksa pendamping");
        click(By.id("approval-approve"));
        waitForContent("approval-state", "Disetujui");
        assertThat(browser.waitFor(By.id("approval-locked")).getText()).contains("dikunci di buku kas");
        assertThat(browser.waitFor(By.id("approval-history")).getText()).contains(treasurer, facilitator, officer);
        assertThat(new Periods(dsl, clock).isClosed(group, month)).isTrue();
        browser.screenshot("approval");
        browser.resize(Browser.PHONE);
        browser.screenshot("approval-phone");
        browser.resize(Browser.DESKTOP);
        refused("pengguna", "users", "Akun baru");

        // the treasurer can no longer post into the approved month: the ledger's refusal, in Indonesian
        signInAs(treasurer, PASSWORD);
        browser.open("kelompok/" + group.value() + "/iuran");
        choose("entry-member", core.members().activeMembers(group).get(1).fullName());
        browser.waitFor(By.cssSelector("#entry-amount input")).sendKeys("10000", Keys.TAB);
        WebElement date = browser.waitFor(By.cssSelector("#entry-date input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), month.atDay(15).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                Keys.ENTER);
        browser.waitForVaadin();
        click(By.id("entry-next"));
        click(By.id("entry-save"));
        waitForContent("entry-error", "sudah ditutup");
        assertThat(browser.waitFor(By.id("entry-error")).getText()).contains("catat koreksi di periode yang masih terbuka");

        // ministry: reads the approved month, takes no step
        signInAs("kemensos", DEMO_PASSWORD);
        assertThat(menu()).contains("nav-approval", "nav-groups").doesNotContain("nav-facilitation", "nav-users");
        browser.open(monthUrl);
        waitForContent("approval-state", "Disetujui");
        assertThat(browser.findAll(By.cssSelector("#approval-actions vaadin-button"))).isEmpty();
        refused("pengguna", "users", "Akun baru");

        // researcher: aggregates only; no group list, no group page, no report, no names
        signInAs("peneliti", DEMO_PASSWORD);
        assertThat(menu()).contains("nav-dashboard")
                .doesNotContain("nav-groups", "nav-approval", "nav-facilitation", "nav-users");
        assertThat(browser.driver().getPageSource()).doesNotContain(groupName);
        refused("kelompok", "groups-grid", groupName);
        refused("kelompok/" + group.value(), "group-name", groupName);
        refused(monthUrl, "approval-heading", groupName);
        refused("pendampingan", "facilitation", groupName);

        // administrator: users screen; creates a treasurer account the new user signs in with
        signInAs("admin", DEMO_PASSWORD);
        assertThat(menu()).contains("nav-users").doesNotContain("nav-groups", "nav-approval", "nav-facilitation");
        refused("kelompok/" + group.value(), "group-name", "Anggota aktif");
        browser.open("pengguna");
        browser.waitFor(By.id("users-grid"));
        String newTreasurer = "bendahara.baru." + stamp;
        browser.waitFor(By.cssSelector("#new-username input")).sendKeys(newTreasurer);
        browser.waitFor(By.cssSelector("#new-name input")).sendKeys("Bendahara Baru");
        choose("new-role", "Bendahara");
        choose("new-group", otherName);
        click(By.id("new-create"));
        browser.waitUntilText(By.id("users-notice"), "Kata sandi untuk " + newTreasurer);
        String notice = browser.waitFor(By.id("users-notice")).getText();
        String password = notice.substring(notice.indexOf(": ") + 2, notice.indexOf(" —"));
        browser.waitUntilText(By.id("users-grid"), newTreasurer);
        browser.screenshot("users");
        browser.resize(Browser.PHONE);
        browser.screenshot("users-phone");
        browser.resize(Browser.DESKTOP);
        assertThat(accounts.find(newTreasurer).orElseThrow().ownGroup()).isEqualTo(other);

        signInAs(newTreasurer, password);
        browser.open("kelompok/" + other.value());
        browser.waitUntilText(By.id("group-name"), otherName);
        refused("kelompok/" + group.value(), "group-name", groupName);
    }
}
