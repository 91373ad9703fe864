package com.parceliq.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, both named by path: Selenium
 * Manager only runs when a path is missing, so nothing is ever downloaded. The flags keep Chromium
 * off the network except for the page asked for (no sync, updates or background fetches).
 */
public final class WebUiBrowser implements AutoCloseable {

  private static final Duration PAGE_WAIT = Duration.ofSeconds(60);

  private final WebDriver driver;
  private final Path profile;

  public WebUiBrowser(String chromium, String chromedriver) {
    try {
      this.profile = Files.createTempDirectory("parceliq-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1600,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(chromedriver).toFile())
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
  }

  public void open(String url) {
    driver.get(url);
  }

  /** The page's visible text once it satisfies {@code ready} (the UI renders asynchronously). */
  public String awaitText(String what, Predicate<String> ready) {
    return new WebDriverWait(driver, PAGE_WAIT)
        .withMessage(() -> what + "; the page shows: " + text())
        .until(d -> ready.test(text()) ? text() : null);
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public WebDriver driver() {
    return driver;
  }

  /** Saves a PNG of the page under {@code dir}, the test run's artifact. */
  public Path screenshot(Path dir, String name) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile is harmless; the test's outcome does not depend on it.
    }
  }
}
