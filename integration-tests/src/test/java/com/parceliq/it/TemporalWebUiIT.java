package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.ParkedPurchases;
import com.parceliq.it.support.TemporalWebUi;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.WebUiBrowser;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees in the Temporal Web UI, in headless Chromium: {@code NeedsAttention = true}
 * finds the parked shipment of the tenant; its page shows it waiting for a decision with no
 * activity pending (it parked after the carrier's last attempt); a shipment still retrying the
 * carrier shows its pending purchase call with the attempt count, which is what the operator sees
 * before it parks. Screenshots go to target/screenshots, the test run's artifact.
 */
class TemporalWebUiIT {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** The sandbox's label call the purchase retries (activity type of CarrierActivities). */
  private static final String PURCHASE_ACTIVITY = "PurchaseLabel";

  private static Tenant tenant;
  private static String parkedWorkflow;
  private static String retryingWorkflow;
  private static String retryingShipment;
  private static RatedShipment retrying;
  private static WebUiBrowser browser;
  private static TemporalWebUi webUi;

  @BeforeAll
  static void parkOneAndKeepOneRetrying() {
    tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment parked = tenant.createRatedShipment(ParkedPurchases.KEEPS_FAILING);
    retrying = tenant.createRatedShipment(ParkedPurchases.KEEPS_FAILING);
    ParkedPurchases.startBuy(tenant, parked).join();
    ParkedPurchases.awaitParked(tenant, parked.shipmentId());
    parkedWorkflow = "shipment:" + tenant.id() + ":" + parked.shipmentId();
    retryingShipment = retrying.shipmentId();
    retryingWorkflow = "shipment:" + tenant.id() + ":" + retryingShipment;
    browser = new WebUiBrowser(env("PARCELIQ_CHROMIUM"), env("PARCELIQ_CHROMEDRIVER"));
    webUi =
        new TemporalWebUi(
            browser, env("PARCELIQ_TEMPORAL_UI_URL"), TestStack.config().temporalNamespace());
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void operatorFindsTheParkedShipmentAndSeesItWaitingForADecision() {
    String results =
        webUi.search("NeedsAttention = true AND TenantId = '" + tenant.id() + "'", parkedWorkflow);
    browser.screenshot(SCREENSHOTS, "01-needs-attention-query");
    assertThat(results).contains(parkedWorkflow, "ShipmentWorkflow");
    assertThat(results).doesNotContain(retryingWorkflow);

    String page = webUi.openFromList(parkedWorkflow);
    assertThat(page).containsIgnoringCase("running");
    webUi.openTab("Pending Activities");
    String pending =
        browser.awaitText(
            "the parked shipment's pending activities tab",
            text -> text.contains("No Pending Activities"));
    browser.screenshot(SCREENSHOTS, "02-parked-shipment-waits-for-a-decision");
    assertThat(pending).contains(parkedWorkflow);
  }

  @Test
  void operatorSeesTheCarrierCallAShipmentIsStillRetrying() {
    // Bought only now, so it is within its retry budget (about 90 s) while the test looks.
    ParkedPurchases.startBuy(tenant, retrying);
    webUi.search("ShipmentId = '" + retryingShipment + "'", retryingWorkflow);
    webUi.openFromList(retryingWorkflow);
    webUi.openTab("Pending Activities");

    String pending =
        browser.awaitText(
            "the retrying purchase's pending carrier call",
            text -> text.contains(PURCHASE_ACTIVITY) && text.contains("Attempt"));
    browser.screenshot(SCREENSHOTS, "03-retrying-shipment-pending-activity");
    assertThat(pending).contains(retryingWorkflow);
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run the tests with ./parceliq test");
    }
    return value;
  }
}
