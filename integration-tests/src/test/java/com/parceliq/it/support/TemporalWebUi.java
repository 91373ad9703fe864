package com.parceliq.it.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Temporal Web UI pages an operator uses, driven the way an operator does: type a query into
 * the workflow list's raw query box, open a workflow from the results, switch to its tabs. Element
 * names are the UI's own test ids; assertions read the visible text only.
 */
public final class TemporalWebUi {

  private final WebUiBrowser browser;
  private final String baseUrl;
  private final String namespace;

  public TemporalWebUi(WebUiBrowser browser, String baseUrl, String namespace) {
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.namespace = namespace;
  }

  /** The workflow list of the namespace, filtered by {@code query} typed as an operator would. */
  public String search(String query, String expectedWorkflowId) {
    browser.open(baseUrl + "/namespaces/" + namespace + "/workflows");
    browser.awaitText("the workflow list to load", text -> text.contains("Workflow ID"));
    WebElement box = rawQueryBox();
    box.clear();
    box.sendKeys(query, Keys.ENTER);
    // The URL carries the query once the UI applied it; before, the unfiltered list shows.
    return browser.awaitText(
        "the query's results to show " + expectedWorkflowId,
        text ->
            browser.driver().getCurrentUrl().contains("query=")
                && text.contains(expectedWorkflowId));
  }

  /** The raw query box, opened by its toggle (the UI remembers whether it was open). */
  private WebElement rawQueryBox() {
    return clickUntilShown(
        By.cssSelector("[data-testid=toggle-manual-query]"),
        By.cssSelector("[data-testid=workflow-manual-search-input]"));
  }

  /**
   * Clicks {@code toggle} until {@code target} shows, at most once a second: a click before the
   * page is interactive does nothing, and a second click too soon would close it again.
   */
  private WebElement clickUntilShown(By toggle, By target) {
    long[] lastClick = {0};
    // A click on a control something still covers (an opening panel) is refused: look again.
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .withMessage(target + " to show")
        .ignoring(ElementClickInterceptedException.class)
        .until(
            driver -> {
              for (WebElement shown : driver.findElements(target)) {
                if (shown.isDisplayed()) {
                  return shown;
                }
              }
              if (System.nanoTime() - lastClick[0] > Duration.ofSeconds(1).toNanos()) {
                // The UI renders some controls twice (one hidden per screen size).
                for (WebElement control : driver.findElements(toggle)) {
                  if (control.isDisplayed()) {
                    lastClick[0] = System.nanoTime();
                    control.click();
                    break;
                  }
                }
              }
              return null;
            });
  }

  /** Opens a workflow from the list shown, by its id, and waits for its summary. */
  public String openFromList(String workflowId) {
    browser.driver().findElement(By.xpath("//a[normalize-space(.)='" + workflowId + "']")).click();
    return browser.awaitText(
        "workflow " + workflowId + " to open",
        text -> text.contains("Pending Activities") && text.contains(workflowId));
  }

  /** Opens a workflow page's tab ("Pending Activities", "Event History", …) by its label. */
  public void openTab(String label) {
    browser
        .driver()
        .findElement(By.xpath("//a[contains(normalize-space(.), '" + label + "')]"))
        .click();
  }
}
