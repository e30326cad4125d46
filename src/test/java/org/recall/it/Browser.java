package org.recall.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the browser tests, driven by Debian's chromedriver (never one
 * Selenium Manager would download), with a fresh profile per browser. Takes screenshots at a desktop
 * and a phone width and runs axe-core on the page.
 */
public final class Browser implements AutoCloseable {

    public static final int DESKTOP = 1280;
    public static final int PHONE = 360;
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private int width = DESKTOP;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A new headless browser; motion reduced so that the flip card turns without animation. */
    public static Browser start() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        try {
            Path profile = Files.createTempDirectory("recall-chromium-");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + DESKTOP + ",900");
            var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
            var browser = new Browser(new ChromeDriver(service, options), profile);
            browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            browser.reducedMotion(true);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** Emulates the page width (and a 900 px high viewport) the way a phone or a narrow LMS frame has it. */
    public Browser width(int pixels) {
        this.width = pixels;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", pixels, "height", 900, "deviceScaleFactor", 1, "mobile", pixels < 600));
        return this;
    }

    public Browser reducedMotion(boolean reduce) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", reduce ? "reduce" : "no-preference"))));
        return this;
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Full-page screenshots at 1280 and 360 px: target/screenshots/{name}-1280.png and -360.png. */
    public void screenshots(String name) {
        int before = width;
        for (int w : new int[] {DESKTOP, PHONE}) {
            width(w);
            screenshot(name + "-" + w);
        }
        width(before);
    }

    private void screenshot(String file) {
        try {
            Files.createDirectories(SCREENSHOTS);
            @SuppressWarnings("unchecked")
            var shot = (Map<String, Object>) driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            Files.write(SCREENSHOTS.resolve(file + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the page as it is now; fails listing every violation and the elements at fault. */
    public void assertAccessible(String what) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            fail(what + ": axe-core did not run: " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            String report = violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                    + rule.getNodes().stream().map(node -> "\n    " + node.getTarget() + "  " + node.getHtml())
                            .collect(Collectors.joining()))
                    .collect(Collectors.joining("\n  "));
            System.out.println("axe-core violations on " + what + ":\n  " + report);
            fail(what + ": " + violations.size() + " axe-core violation(s):\n  " + report);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
