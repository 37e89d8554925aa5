package id.kube.admin.research;

import static id.kube.core.persistence.jooq.Tables.EXPORT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.Browser;

/** In a real browser: the researcher states a purpose, exports, sees progress and downloads the zip. */
class ResearchBrowserTest extends AdminApplicationTest {

    private static Browser browser;

    @Autowired
    DSLContext dsl;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void retype(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    @Test
    void aResearcherExportsWithAPurposeAndDownloadsTheZip() {
        ResearchFixtures.groupWithIndicators(dsl, "KUBE Unduh " + Instant.now().toEpochMilli());
        browser = new Browser(baseUrl());
        browser.signIn("peneliti", DEMO_PASSWORD);
        browser.waitUntilText(By.id("page-title"), "Dasbor");
        browser.open("riset");
        browser.waitFor(By.id("research"));
        browser.waitForVaadin();

        retype(browser.waitFor(By.cssSelector("#research-region input")), "51.04");
        retype(browser.waitFor(By.cssSelector("#research-from input")), "2025-04");
        retype(browser.waitFor(By.cssSelector("#research-to input")), "2025-06");
        browser.waitForVaadin();

        // no purpose: refused next to the field, nothing exported
        int before = dsl.fetchCount(EXPORT_LOG);
        browser.waitFor(By.id("research-export")).click();
        browser.waitForVaadin();
        assertThat(browser.waitFor(By.id("research-purpose")).getAttribute("invalid")).isNotNull();
        assertThat(browser.waitFor(By.id("research-purpose")).getText()).contains("Jelaskan tujuan penggunaan data");
        assertThat(dsl.fetchCount(EXPORT_LOG)).isEqualTo(before);

        retype(browser.waitFor(By.cssSelector("#research-purpose input")), "Evaluasi dampak KUBE di Gianyar 2025");
        browser.waitForVaadin();
        browser.waitFor(By.id("research-export")).click();
        WebElement download = browser.waitFor(By.id("research-download"));
        browser.waitUntilText(By.id("research-progress-text"), "Selesai");
        assertThat(download.getText()).startsWith("Unduh kube-panel-2025-04_2025-06-51.04-csv-");

        // the browser fetches the link with its session: a zip (PK…) served as an attachment
        @SuppressWarnings("unchecked")
        List<Object> fetched = (List<Object>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('research-download').href)
                  .then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-disposition') || '',
                      b.byteLength, new Uint8Array(b)[0], new Uint8Array(b)[1]])))
                  .catch(e => done(['error', String(e)]));
                """);
        assertThat(((Number) fetched.get(0)).intValue()).isEqualTo(200);
        assertThat((String) fetched.get(1)).contains("attachment").contains(".zip");
        assertThat(((Number) fetched.get(2)).longValue()).isGreaterThan(1000);
        assertThat(((Number) fetched.get(3)).intValue()).isEqualTo('P');
        assertThat(((Number) fetched.get(4)).intValue()).isEqualTo('K');

        var log = dsl.selectFrom(EXPORT_LOG).orderBy(EXPORT_LOG.ID.desc()).limit(1).fetchSingle();
        assertThat(log.getRequestedBy()).isEqualTo("peneliti");
        assertThat(log.getPurpose()).isEqualTo("Evaluasi dampak KUBE di Gianyar 2025");
        assertThat(log.getFilters()).contains("region=51.04");

        WebElement show = browser.waitFor(By.id("research-show"));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", show);
        browser.waitUntilText(By.id("research-table"), "Bali");
        browser.resize(new org.openqa.selenium.Dimension(1366, 1700));
        browser.driver().executeScript("document.getElementById('research').scrollIntoView({block: 'start'});");
        assertThat(browser.findAll(By.cssSelector(".kube-suppressed"))).isNotEmpty();
        browser.screenshot("research");
        browser.resize(Browser.DESKTOP);
    }
}
