package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.CarrierPushes;
import com.parceliq.it.support.Events;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.TrackingPolls;
import com.parceliq.it.support.Unique;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Carrier tracking end to end: the simulator's signed pushes and the tracking-poll schedule move
 * shipments forward (delivered, then completed after the test stack's 5 s grace), trackers list
 * every scan in carrier-time order, and forged, unknown or repeated pushes change nothing.
 */
class TrackingIT {

  private static final Duration WITHIN = Duration.ofSeconds(60);

  @Test
  void pushedScansDeliverTheShipmentWhichCompletesAfterTheGracePeriod() {
    Tenant tenant = funded();
    JsonNode bought = buy(tenant, "sbx:deliver=3");
    String shipmentId = bought.path("id").asText();
    String trackerId = bought.path("tracker_id").asText();
    assertThat(trackerId).isEqualTo("trk_" + shipmentId.substring("shp_".length()));

    JsonNode completed =
        Eventually.await(
            "shipment " + shipmentId + " completed",
            WITHIN,
            () -> tenant.shipment(shipmentId),
            shipment -> shipment.path("status").asText().equals("completed"));

    assertThat(completed.path("tracker_id").asText()).isEqualTo(trackerId);
    JsonNode tracker = tracker(tenant, trackerId).expect(200);
    assertThat(tracker.path("object").asText()).isEqualTo("Tracker");
    assertThat(tracker.path("shipment_id").asText()).isEqualTo(shipmentId);
    assertThat(tracker.path("tracking_code").asText())
        .isEqualTo(bought.path("tracking_code").asText());
    assertThat(tracker.path("carrier").asText()).isEqualTo("sandbox");
    assertThat(tracker.path("status").asText()).isEqualTo("delivered");
    assertThat(field(tracker.path("tracking_details"), "status"))
        .containsSubsequence("in_transit", "delivered");
    assertThat(field(tracker.path("tracking_details"), "datetime")).isSorted();
    List<JsonNode> updates = Events.ofShipment(tenant, shipmentId, "tracker.updated");
    assertThat(updates).isNotEmpty();
    assertThat(updates.getFirst().path("data").path("id").asText()).isEqualTo(trackerId);
    assertThat(updates.getFirst().path("data").path("status").asText()).isEqualTo("delivered");
  }

  @Test
  void thePollFindsAParcelNobodyPushedAndRepeatedOrForgedPushesChangeNothing() {
    Tenant tenant = funded();
    // Without sbx:deliver the simulator never pushes: only the poll can learn its first scan.
    JsonNode bought = buy(tenant, "tracking-poll");
    String shipmentId = bought.path("id").asText();
    String trackerId = bought.path("tracker_id").asText();
    String code = bought.path("tracking_code").asText();
    assertThat(tracker(tenant, trackerId).expect(200).path("tracking_details")).isEmpty();

    // The test stack counts a parcel stale after 5 s without news.
    sleep(Duration.ofSeconds(6));
    TrackingPolls.triggerNow();
    JsonNode polled =
        Eventually.await(
            "the poll's scan on " + trackerId,
            WITHIN,
            () -> tracker(tenant, trackerId).expect(200),
            tracker -> tracker.path("tracking_details").size() == 1);
    assertThat(polled.path("status").asText()).isEqualTo("pre_transit");
    assertThat(tenant.shipment(shipmentId).path("status").asText()).isEqualTo("purchased");
    JsonNode scan = polled.path("tracking_details").path(0);
    int updatesAfterPoll = Events.ofShipment(tenant, shipmentId, "tracker.updated").size();
    assertThat(updatesAfterPoll).isEqualTo(1);

    String forged =
        CarrierPushes.body(
            CarrierPushes.tracking(
                code, new String[] {"delivered", "Delivered", "Nowhere", "2030-01-01T00:00:00Z"}));
    assertError(
        CarrierPushes.push("sandbox", forged, "not-the-carriers-secret"),
        401,
        "AUTH.UNAUTHENTICATED");

    String replay = CarrierPushes.body(CarrierPushes.tracking(code, scanOf(scan)));
    assertThat(CarrierPushes.pushSigned("sandbox", replay).status()).isEqualTo(202);
    // Pushes reach the workflow in order: once this news shows, the replay before it was handled.
    String[] accepted = {
      "in_transit", "Accepted at origin facility", "Springfield, IL", "2030-01-02T00:00:00Z"
    };
    String news = CarrierPushes.body(CarrierPushes.tracking(code, scanOf(scan), accepted));
    assertThat(CarrierPushes.pushSigned("sandbox", news).status()).isEqualTo(202);

    Eventually.await(
        "shipment " + shipmentId + " in transit",
        WITHIN,
        () -> tenant.shipment(shipmentId),
        shipment -> shipment.path("status").asText().equals("in_transit"));
    JsonNode tracker = tracker(tenant, trackerId).expect(200);
    assertThat(field(tracker.path("tracking_details"), "status"))
        .containsExactly("pre_transit", "in_transit");
    assertThat(Events.ofShipment(tenant, shipmentId, "tracker.updated"))
        .hasSize(updatesAfterPoll + 1);
  }

  @Test
  void pushesOfUnknownCarriersAreNotFoundAndOfUnknownParcelsAccepted() {
    String body =
        CarrierPushes.body(
            CarrierPushes.tracking(
                "SBX_NO_SUCH_LABEL",
                new String[] {
                  "in_transit", "Accepted", "Springfield, IL", "2030-01-01T00:00:00Z"
                }));

    assertError(CarrierPushes.pushSigned("teleport", body), 404, "RESOURCE.NOT_FOUND");
    assertThat(CarrierPushes.pushSigned("sandbox", body).status()).isEqualTo(202);
    assertError(
        CarrierPushes.pushSigned("sandbox", "{\"event\": \"label.created\"}"),
        400,
        "REQUEST.MALFORMED");
  }

  @Test
  void anotherTenantsTrackerDoesNotExist() {
    Tenant owner = funded();
    String trackerId = buy(owner, "tracking-owner").path("tracker_id").asText();

    assertError(tracker(TestStack.newTenant(), trackerId), 404, "RESOURCE.NOT_FOUND");
    assertError(tracker(owner, "trk_" + Unique.key("none")), 404, "RESOURCE.NOT_FOUND");
  }

  private static JsonNode buy(Tenant tenant, String reference) {
    RatedShipment rated = tenant.createRatedShipment(reference);
    return tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);
  }

  private static ApiResponse tracker(Tenant tenant, String trackerId) {
    return tenant.get("/v1/trackers/" + trackerId).send();
  }

  private static String[] scanOf(JsonNode detail) {
    return new String[] {
      detail.path("status").asText(),
      detail.path("message").asText(),
      detail.path("location").asText(),
      detail.path("datetime").asText()
    };
  }

  private static List<String> field(JsonNode details, String name) {
    List<String> values = new ArrayList<>();
    details.forEach(detail -> values.add(detail.path(name).asText()));
    return values;
  }

  private static Tenant funded() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    return tenant;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
