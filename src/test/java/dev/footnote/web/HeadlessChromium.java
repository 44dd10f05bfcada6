package dev.footnote.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven through its own chromedriver, for the page's browser tests. The
 * explicit driver and browser keep Selenium Manager from looking for (or downloading) either; the
 * flags keep Chromium off the network. A test class is skipped where the two are not installed.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriverService service;
    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriverService service, Path profile, ChromeDriver driver) {
        this.service = service;
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts the browser; {@code extra} may add options (logging preferences, say). */
    static HeadlessChromium start(Consumer<ChromeOptions> extra) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (run .ci/install-browser)");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        Path profile = Files.createTempDirectory("footnote-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,860");
        extra.accept(options);
        return new HeadlessChromium(service, profile, new ChromeDriver(service, options));
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        service.stop();
        FileSystemUtils.deleteRecursively(profile);
    }
}
