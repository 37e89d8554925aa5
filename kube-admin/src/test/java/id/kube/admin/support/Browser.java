package id.kube.admin.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by the Debian ChromeDriver (no browser or driver download at test time),
 * with the few waits a Vaadin page needs and screenshots into {@code docs/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    public static final Dimension DESKTOP = new Dimension(1366, 860);
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver:"
                    + " apt-get install -y chromium chromium-driver (.ci/run installs them)");
        }
        try {
            profile = Files.createTempDirectory("kube-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=id-ID", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public void waitUntilText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Waits until Vaadin has no pending server round trip, so what the test sees is what the server sent. */
    public void waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    public void signIn(String username, String password) {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form"));
        waitForVaadin();
        waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        waitFor(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    /** Saves the current page as {@code docs/screenshots/<name>.png} of the repository. */
    public Path screenshot(String name) {
        waitForVaadin();
        Path target = screenshotsFolder().resolve(name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + target, e);
        }
        return target;
    }

    private static Path screenshotsFolder() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(here.resolve("kube-admin")) ? here : here.getParent();
        return root.resolve("docs").resolve("screenshots");
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary browser profile left behind only costs disk space
        }
    }
}
