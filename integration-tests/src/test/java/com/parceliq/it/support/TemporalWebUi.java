package com.parceliq.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

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
    browser.driver().findElement(By.cssSelector("[data-testid=toggle-manual-query]")).click();
    WebElement box =
        browser.driver().findElement(By.cssSelector("[data-testid=workflow-manual-search-input]"));
    box.clear();
    box.sendKeys(query, Keys.ENTER);
    // The URL carries the query once the UI applied it; before, the unfiltered list shows.
    return browser.awaitText(
        "the query's results to show " + expectedWorkflowId,
        text ->
            browser.driver().getCurrentUrl().contains("query=")
                && text.contains(expectedWorkflowId));
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
