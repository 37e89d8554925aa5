package id.kube.admin.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import id.kube.admin.support.AdminApplicationTest;
import id.kube.admin.support.Browser;

/** A real headless Chromium signs in, sees the main layout in Bahasa Indonesia, switches language, signs out. */
class SignInBrowserTest extends AdminApplicationTest {

    private static Browser browser;

    /** One browser for the class, started on first use (the server's random port is known per instance). */
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
    void aSignedInUserSeesTheLayoutInIndonesianAndCanSwitchToEnglishAndSignOut() {
        Browser browser = browser();
        browser.resize(Browser.DESKTOP);
        browser.open("login");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(browser.driver().getTitle()).isEqualTo("Masuk ke KUBE · KUBE");
        browser.screenshot("login");

        browser.signIn("kemensos", DEMO_PASSWORD);
        browser.waitUntilText(By.id("page-title"), "Dasbor");
        assertThat(browser.waitFor(By.id("current-user")).getText()).isEqualTo("Kementerian Sosial");
        assertThat(browser.waitFor(By.id("dashboard-scope")).getText()).isEqualTo("Anda dapat melihat semua kelompok.");
        assertThat(browser.waitFor(By.id("side-nav")).getText()).contains("Dasbor");
        browser.screenshot("dashboard");

        browser.resize(Browser.PHONE);
        browser.open("");
        browser.waitUntilText(By.id("page-title"), "Dasbor");
        browser.screenshot("dashboard-phone");
        browser.resize(Browser.DESKTOP);

        browser.waitFor(By.id("switch-language")).click();
        browser.waitUntilText(By.id("page-title"), "Dashboard");
        assertThat(browser.waitFor(By.id("dashboard-scope")).getText()).isEqualTo("You can see every group.");
        browser.waitFor(By.id("switch-language")).click();
        browser.waitUntilText(By.id("page-title"), "Dasbor");

        browser.waitFor(By.id("logout")).click();
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        browser.open("dashboard");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageInIndonesian() {
        Browser browser = browser();
        browser.signIn("pendamping", "salah-sekali");
        browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login?error");
        assertThat(browser.waitFor(By.cssSelector("vaadin-login-form")).getText())
                .contains("Nama pengguna atau kata sandi salah");
        browser.screenshot("login-error");
    }
}
