package id.kube.admin.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.Browser;

/**
 * In a real browser: the admin finds the template links, uploads a CSV with one bad row, sees the rejected row
 * with its reason after the dry run, imports and sees the summary; the same file again changes nothing.
 */
class ImportBrowserTest extends AdminApplicationTest {

    private static Browser browser;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAdminChecksACsvSeesTheRejectedRowImportsAndReimportsWithoutChange() throws IOException {
        Path folder = Files.createTempDirectory("kube-impor");
        Path csv = folder.resolve("pendamping.csv");
        Files.writeString(csv, """
                kode_pendamping,nama,kode_kabupaten,telepon
                PDP-WEB-01,Ni Luh Web,51.04,081234567001
                PDP-WEB-02,I Made Web,51.04,081234567002
                PDP-WEB-03,Wayan Salah Wilayah,99.99,081234567003
                """, StandardCharsets.UTF_8);

        browser = new Browser(baseUrl());
        browser.signIn("admin", DEMO_PASSWORD);
        browser.waitFor(By.id("page-title"));
        browser.open("impor");
        browser.waitFor(By.id("import"));
        browser.waitForVaadin();

        WebElement xlsx = browser.waitFor(By.id("import-template-xlsx"));
        assertThat(xlsx.getText()).contains("templat XLSX");
        assertThat(xlsx.getAttribute("href")).isNotBlank();
        assertThat(browser.waitFor(By.id("import-template-csv")).getAttribute("href")).isNotBlank();

        // a file of another kind is refused in the browser, with the reason in Bahasa Indonesia
        Path notes = Files.writeString(folder.resolve("catatan.txt"), "bukan templat", StandardCharsets.UTF_8);
        WebElement upload = browser.waitFor(By.id("import-upload"));
        fileInput(upload).sendKeys(notes.toAbsolutePath().toString());
        browser.waitUntilText(By.id("import-upload-error"), "Berkas ditolak");
        assertThat(browser.waitFor(By.id("import-check")).getAttribute("disabled")).isNotNull();

        fileInput(upload).sendKeys(csv.toAbsolutePath().toString());
        browser.waitUntilText(By.id("import-file"), "pendamping.csv");
        browser.waitForVaadin();
        browser.findAll(By.cssSelector("#import-mode vaadin-radio-button")).get(1).click();
        browser.waitForVaadin();

        browser.waitFor(By.id("import-check")).click();
        browser.waitUntilText(By.id("import-summary"), "Uji coba");
        assertThat(browser.waitFor(By.id("import-summary")).getText())
                .contains("3 baris dibaca: 2 akan diimpor, 0 sudah ada (tetap), 1 ditolak");
        browser.waitUntilText(By.id("import-rejections"), "Kode wilayah tidak dikenal");
        assertThat(browser.waitFor(By.id("import-rejections")).getText()).contains("pendamping.csv").contains("4")
                .contains("PDP-WEB-03");
        browser.driver().executeScript("document.getElementById('import-outcome').scrollIntoView({block: 'start'})");
        browser.screenshot("import");

        browser.waitFor(By.id("import-run")).click();
        browser.waitUntilText(By.id("import-summary"), "Impor selesai");
        assertThat(browser.waitFor(By.id("import-summary")).getText())
                .contains("3 baris dibaca, 2 diimpor, 0 sudah ada (tetap), 1 ditolak");
        browser.waitUntilText(By.id("import-progress-text"), "Impor selesai");

        browser.waitFor(By.id("import-check")).click();
        browser.waitUntilText(By.id("import-summary"), "Uji coba");
        browser.waitFor(By.id("import-run")).click();
        browser.waitUntilText(By.id("import-summary"), "Impor selesai");
        assertThat(browser.waitFor(By.id("import-summary")).getText())
                .contains("0 diimpor, 2 sudah ada (tetap), 1 ditolak");
    }

    @Test
    void theDistrictOfficerSeesTheImportLimitedToTheirRegencyOtherRolesNeitherSeeNorOpenIt() {
        try (Browser officer = new Browser(baseUrl())) {
            officer.signIn("dinsos.gianyar", DEMO_PASSWORD);
            assertThat(menu(officer)).contains("nav-import");
            officer.open("impor");
            officer.waitUntilText(By.id("import-scope"), "(51.04)");
        }
        for (String username : new String[] {"kemensos", "peneliti"}) {
            try (Browser other = new Browser(baseUrl())) {
                other.signIn(username, DEMO_PASSWORD);
                assertThat(menu(other)).as(username).contains("nav-dashboard").doesNotContain("nav-import");
                other.open("impor");
                other.waitForVaadin();
                assertThat(other.findAll(By.id("import"))).as(username).isEmpty();
                assertThat(other.findAll(By.id("import-upload"))).as(username).isEmpty();
            }
        }
    }

    private static java.util.List<String> menu(Browser browser) {
        browser.waitFor(By.id("side-nav"));
        browser.waitForVaadin();
        return browser.findAll(By.cssSelector("#side-nav vaadin-side-nav-item")).stream()
                .map(item -> item.getAttribute("id")).toList();
    }

    /** vaadin-upload keeps its file input in its shadow root (or, in some versions, in the light DOM). */
    private static WebElement fileInput(WebElement upload) {
        var light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.getFirst();
        }
        return upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
    }
}
