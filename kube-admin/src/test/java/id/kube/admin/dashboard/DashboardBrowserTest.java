package id.kube.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.Browser;
import id.kube.core.KubeCore;
import id.kube.core.group.GroupId;
import id.kube.ledger.account.BookSettings;
import id.kube.ledger.journal.Books;
import id.kube.ledger.journal.EntryKind;
import id.kube.ledger.journal.Journal;
import id.kube.ledger.journal.NewEntry;
import id.kube.testing.KubeFixtures;

/**
 * In a real browser: the ministry drills down national → Bali → Gianyar → Ubud → a group by clicking tiles,
 * the URL carries the place (bookmarkable), and a district officer who edits the URL to another regency is
 * refused. Screenshots: docs/screenshots/dashboard-national.png, dashboard-district.png,
 * dashboard-district-phone.png.
 */
class DashboardBrowserTest extends AdminApplicationTest {

    private static final Dimension TALL = new Dimension(1366, 2000);

    private static Browser browser;

    @Autowired
    DSLContext dsl;
    @Autowired
    DashboardSummaries summaries;
    @Autowired
    Clock clock;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theMinistryDrillsDownToAGroupAndADistrictOfficerCannotLeaveTheirRegencyByUrl() {
        KubeCore core = KubeFixtures.core(dsl);
        String name = "KUBE Cempaka " + Instant.now().toEpochMilli();
        GroupId group = KubeFixtures.activeGroup(core, name, 10);
        new Books(dsl).open(group, BookSettings.DEFAULT);
        Journal journal = new Journal(dsl, clock);
        LocalDate today = LocalDate.now(clock);
        for (int month = 5; month >= 0; month--) {
            LocalDate on = today.minusMonths(month).withDayOfMonth(1);
            journal.post(NewEntry.builder(group, "wajib-" + month).kind(EntryKind.CONTRIBUTION).valueDate(on)
                    .description("Simpanan wajib").postedBy("bendahara.test")
                    .debit("1101", 500_000L + month * 50_000L).credit("3202", 500_000L + month * 50_000L).build());
            journal.post(NewEntry.builder(group, "jual-" + month).kind(EntryKind.SALE).valueDate(on)
                    .description("Penjualan kue").postedBy("bendahara.test")
                    .debit("1101", 300_000L + (5 - month) * 80_000L).credit("4101", 300_000L + (5 - month) * 80_000L)
                    .build());
        }
        summaries.catchUp(List.of(group));

        browser = new Browser(baseUrl());
        browser.signIn("kemensos", DEMO_PASSWORD);
        browser.waitUntilText(By.id("page-title"), "Dasbor");
        browser.waitUntilText(By.id("dashboard-place"), "Indonesia");
        browser.waitFor(By.cssSelector("#chart-trend-savings[rendered]"));
        browser.waitFor(By.cssSelector("#chart-stage[rendered]"));
        browser.resize(TALL);
        browser.waitForVaadin();
        browser.screenshot("dashboard-national");
        browser.resize(Browser.DESKTOP);

        drillInto("51", "Bali");
        assertThat(browser.driver().getCurrentUrl()).endsWith("dashboard?wilayah=51");
        assertThat(browser.waitFor(By.id("dashboard-breadcrumb")).getText()).contains("Indonesia").contains("Bali");
        drillInto("51.04", "Kabupaten Gianyar");
        drillInto("51.04.05", "Ubud");
        assertThat(browser.waitFor(By.id("dashboard-breadcrumb")).getText())
                .contains("Indonesia").contains("Bali").contains("Kabupaten Gianyar").contains("Ubud");
        browser.waitUntilText(By.id("dashboard-children"), name);
        browser.waitFor(By.cssSelector("#chart-trend-savings[rendered]"));
        browser.resize(TALL);
        browser.waitForVaadin();
        browser.screenshot("dashboard-district");
        browser.resize(Browser.DESKTOP);

        browser.resize(Browser.PHONE);
        browser.open("dashboard?wilayah=51.04.05");
        browser.waitUntilText(By.id("dashboard-place"), "Ubud");
        browser.waitFor(By.cssSelector("#chart-trend-loans[rendered]"));
        browser.screenshot("dashboard-district-phone");
        browser.resize(Browser.DESKTOP);

        // the bookmark opens the same place; the group's tile opens the group's page
        browser.open("dashboard?wilayah=51.04.05");
        browser.waitUntilText(By.id("dashboard-children"), name);
        browser.findAll(By.cssSelector("#dashboard-children a.kube-tile")).stream()
                .filter(tile -> tile.getText().contains(name)).findFirst().ifPresentOrElse(DashboardBrowserTest::click,
                        () -> { throw new AssertionError("no tile for " + name); });
        browser.waitUntilText(By.id("group-name"), name);

        browser.waitFor(By.id("logout")).click();
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        browser.signIn("dinsos.gianyar", DEMO_PASSWORD);
        browser.waitUntilText(By.id("dashboard-place"), "Kabupaten Gianyar");
        browser.open("dashboard?wilayah=52.01");
        browser.waitFor(By.id("dashboard-refused"));
        assertThat(browser.driver().getPageSource()).doesNotContain("Lombok Barat");
        browser.open("dashboard?wilayah=51");
        browser.waitFor(By.id("dashboard-refused"));
        browser.open("dashboard?wilayah=51.04.05");
        browser.waitUntilText(By.id("dashboard-place"), "Ubud");
        assertThat(browser.waitFor(By.id("dashboard-breadcrumb")).getText()).contains("Kabupaten Gianyar")
                .doesNotContain("Indonesia").doesNotContain("Bali");
    }

    /** Scrolls the element to the middle of the window first: tiles sit below the charts. */
    private static void click(WebElement element) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        browser.waitForVaadin();
        element.click();
    }

    private void drillInto(String code, String placeName) {
        click(browser.waitFor(By.cssSelector("#dashboard-children a.kube-tile[data-place='" + code + "']")));
        browser.waitUntilText(By.id("dashboard-place"), placeName);
        browser.waitForVaadin();
    }
}
