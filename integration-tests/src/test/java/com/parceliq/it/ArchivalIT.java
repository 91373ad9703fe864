package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.ArchivalRuns;
import com.parceliq.it.support.BatchRequests;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.Pickups;
import com.parceliq.it.support.Platform;
import com.parceliq.it.support.Scrape;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.ShipmentRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Archival through the API on the real stack: an operator run moves a tenant's finished shipments
 * (voided, delivered and completed) to S3; they read back exactly as they did hot, marked archived,
 * are listed only with include_archived, cannot be changed, stay invisible to other tenants, and an
 * unreadable archive is a 503 that leaves hot reads alone.
 */
class ArchivalIT {

  private static final Duration WITHIN = Duration.ofSeconds(60);

  @Test
  void anOperatorRunArchivesATenantsFinishedShipmentsWhichReadBackAsTheyWereHot() {
    Tenant tenant = funded();
    String voided = purchased(tenant, "archive-voided");
    tenant.voidLabel(voided, Unique.key("void")).expect(200);
    String delivered = purchased(tenant, "sbx:deliver=2");
    awaitStatus(tenant, delivered, "completed");
    String stillPurchased = purchased(tenant, "archive-in-flight");
    String created = tenant.createShipment("archive-created").path("id").asText();
    JsonNode hotVoided = tenant.shipment(voided);
    JsonNode hotDelivered = tenant.shipment(delivered);
    String trackerId = hotDelivered.path("tracker_id").asText();
    JsonNode hotTracker = tenant.get("/v1/trackers/" + trackerId).send().expect(200);
    Instant cutoff = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    Platform platform = TestStack.platform();
    ObjectNode body = ArchivalRuns.body(cutoff, tenant.id());
    String key = Unique.key("archive");
    ApiResponse started = runs(platform).start(body, key);
    JsonNode run = started.expect(201);
    String runId = run.path("id").asText();
    assertThat(runId).startsWith("arc_");
    assertThat(started.header("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith(ArchivalRuns.RUNS + "/" + runId));
    assertThat(run.path("object").asText()).isEqualTo("ArchivalRun");
    assertThat(run.path("status").asText()).isEqualTo("running");
    assertThat(run.path("tenant_id").asText()).isEqualTo(tenant.id());
    assertThat(runs(platform).start(body, key).expect(201).path("id").asText())
        .as("a retry with the same Idempotency-Key starts no second run")
        .isEqualTo(runId);

    JsonNode finished = awaitFinished(platform, runId);
    assertThat(finished.path("status").asText()).isEqualTo("completed");
    assertThat(finished.path("shipments_archived").asLong()).isEqualTo(2);
    assertThat(finished.path("pages").asLong()).isPositive();
    assertThat(finished.path("bytes_archived").asLong()).isPositive();
    assertThat(finished.path("tenant_id").asText()).isEqualTo(tenant.id());
    assertThat(Instant.parse(finished.path("completed_before").asText())).isEqualTo(cutoff);
    assertThat(finished.path("finished_at").isNull()).isFalse();
    assertThat(workersCounter("parceliq_archival_shipments_total"))
        .as("the workers' archived-shipments counter")
        .isGreaterThanOrEqualTo(2);
    assertThat(workersCounter("parceliq_archival_bytes_total")).isPositive();

    assertReadsAsHot(tenant.shipment(voided), hotVoided);
    assertReadsAsHot(tenant.shipment(delivered), hotDelivered);
    assertThat(tenant.get("/v1/trackers/" + trackerId).send().expect(200)).isEqualTo(hotTracker);
    assertThat(tenant.shipment(stillPurchased).path("archived").asBoolean()).isFalse();
    assertThat(tenant.shipment(stillPurchased).path("status").asText()).isEqualTo("purchased");
    assertThat(tenant.shipment(created).path("archived").asBoolean()).isFalse();

    assertThat(ids(tenant.get("/v1/shipments?page_size=100").send().expect(200)))
        .containsExactlyInAnyOrder(stillPurchased, created);
    JsonNode withArchived =
        tenant.get("/v1/shipments?page_size=100&include_archived=true").send().expect(200);
    assertThat(ids(withArchived))
        .containsExactlyInAnyOrder(voided, delivered, stillPurchased, created);
    for (JsonNode listed : withArchived.path("shipments")) {
      String id = listed.path("id").asText();
      assertThat(listed.path("archived").asBoolean())
          .as("archived flag of %s", id)
          .isEqualTo(id.equals(voided) || id.equals(delivered));
    }
    assertThat(pagedOneByOne(tenant))
        .as("include_archived pages through hot and archived shipments newest first")
        .containsExactlyElementsOf(
            ids(withArchived).stream().sorted(java.util.Comparator.reverseOrder()).toList());
  }

  @Test
  void anArchivedShipmentIsReadOnlyAndInvisibleToOtherTenants() {
    Tenant tenant = funded();
    String voided = purchased(tenant, "archive-read-only");
    tenant.voidLabel(voided, Unique.key("void")).expect(200);
    String trackerId = tenant.shipment(voided).path("tracker_id").asText();
    archiveAll(tenant);

    assertError(tenant.voidLabel(voided, Unique.key("void")), 409, "SHIPMENT.ARCHIVED");
    assertError(
        tenant.buy(voided, "rate_" + "0".repeat(26), Unique.key("buy")), 409, "SHIPMENT.ARCHIVED");
    assertError(tenant.post("/v1/shipments/" + voided + "/rates").send(), 409, "SHIPMENT.ARCHIVED");
    ObjectNode reroute = Json.object();
    reroute.set(
        "to_address", ShipmentRequests.address("Jo Doe", "9 Elm St", "Portland", "OR", "97201"));
    assertError(
        tenant
            .post("/v1/shipments/" + voided + "/reroute")
            .idempotencyKey(Unique.key("rr"))
            .json(reroute)
            .send(),
        409,
        "SHIPMENT.ARCHIVED");
    assertError(
        tenant.post("/v1/batches").json(BatchRequests.body(List.of(voided))).send(),
        409,
        "SHIPMENT.ARCHIVED");
    assertError(
        tenant.post("/v1/pickups").json(Pickups.request(List.of(voided))).send(),
        409,
        "SHIPMENT.ARCHIVED");
    assertThat(tenant.shipment(voided).path("status").asText()).isEqualTo("voided");

    Tenant stranger = TestStack.newTenant();
    assertError(stranger.get("/v1/shipments/" + voided).send(), 404, "RESOURCE.NOT_FOUND");
    assertError(stranger.get("/v1/trackers/" + trackerId).send(), 404, "RESOURCE.NOT_FOUND");
    assertError(stranger.voidLabel(voided, Unique.key("void")), 404, "RESOURCE.NOT_FOUND");
    assertThat(ids(stranger.get("/v1/shipments?include_archived=true").send().expect(200)))
        .doesNotContain(voided);
  }

  @Test
  void whileS3IsDownArchivedReadsAre503AndHotReadsStillWork() {
    Tenant tenant = funded();
    String voided = purchased(tenant, "archive-s3-down");
    tenant.voidLabel(voided, Unique.key("void")).expect(200);
    archiveAll(tenant);
    String hot = purchased(tenant, "archive-s3-down-hot");
    JsonNode archived = tenant.shipment(voided);

    ServiceControl services = TestStack.services();
    services.kill("s3");
    try {
      ApiResponse unreadable = tenant.get("/v1/shipments/" + voided).send();
      assertError(unreadable, 503, "ARCHIVE.UNAVAILABLE");
      assertThat(unreadable.header("Retry-After")).isPresent();
      ApiResponse list = tenant.get("/v1/shipments?include_archived=true").send();
      assertError(list, 503, "ARCHIVE.UNAVAILABLE");
      assertThat(list.header("Retry-After")).isPresent();
      assertThat(tenant.shipment(hot).path("status").asText()).isEqualTo("purchased");
      assertThat(ids(tenant.get("/v1/shipments").send().expect(200))).containsExactly(hot);
    } finally {
      services.restart("s3");
    }
    // Compared without the presigned label URL's query: it is signed per request, so two reads a
    // second apart differ there and nowhere else.
    ApiResponse readable =
        Eventually.await(
            "the archived shipment readable again",
            WITHIN,
            () -> tenant.get("/v1/shipments/" + voided).send(),
            response -> response.status() == 200);
    archivedAgain(archived, readable.json());
  }

  @Test
  void onlyThePlatformAdminRunsArchivalAndBadRequestsAreFieldErrors() {
    Tenant tenant = TestStack.newTenant();
    Platform platform = TestStack.platform();
    assertError(
        tenant.post(ArchivalRuns.RUNS).json(ArchivalRuns.body(Instant.now(), tenant.id())).send(),
        403,
        "AUTH.FORBIDDEN");
    assertError(
        tenant.get(ArchivalRuns.RUNS + "/arc_" + "0".repeat(26)).send(), 403, "AUTH.FORBIDDEN");
    assertError(runs(platform).get("arc_" + "0".repeat(26)), 404, "RESOURCE.NOT_FOUND");
    assertError(runs(platform).get("not-a-run"), 404, "RESOURCE.NOT_FOUND");

    assertInvalid(platform, Json.object(), "completed_before");
    assertInvalid(
        platform, Json.object().put("completed_before", "last tuesday"), "completed_before");
    assertInvalid(
        platform, Json.object().put("completed_before", "2026-01-01T00:00:00"), "completed_before");
    assertInvalid(
        platform,
        Json.object().put("completed_before", Instant.now().plusSeconds(3600).toString()),
        "completed_before");
    assertInvalid(
        platform,
        Json.object()
            .put("completed_before", Instant.now().toString())
            .put("tenant_id", "ten_" + "0".repeat(26)),
        "tenant_id");
  }

  private static void assertInvalid(Platform platform, JsonNode body, String field) {
    JsonNode error =
        assertError(runs(platform).start(body, Unique.key("bad")), 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).as("fields of %s", body).containsExactly(field);
  }

  /** Archives every finished shipment of the tenant now and waits for the run to complete. */
  private static void archiveAll(Tenant tenant) {
    Platform platform = TestStack.platform();
    String runId = runs(platform).started(Instant.now(), tenant.id());
    JsonNode finished = awaitFinished(platform, runId);
    assertThat(finished.path("status").asText()).isEqualTo("completed");
  }

  private static ArchivalRuns runs(Platform platform) {
    return new ArchivalRuns(platform);
  }

  /**
   * Polls the run until it is no longer running. A 503 while it runs (no worker answered the
   * progress query in time) is polled through like any other not-yet.
   */
  private static JsonNode awaitFinished(Platform platform, String runId) {
    return Eventually.await(
        "archival run " + runId + " finished",
        Duration.ofSeconds(120),
        () -> runs(platform).progressOrNull(runId),
        run -> run != null && !ArchivalRuns.status(run).equals("running"));
  }

  /**
   * The archived rendering is the hot one with {@code archived} true. Label links are presigned at
   * each read, so only their stable part (the object, without the signature) is compared.
   */
  private static void assertReadsAsHot(JsonNode archived, JsonNode hot) {
    assertThat(archived.path("archived").asBoolean()).isTrue();
    assertThat(hot.path("archived").asBoolean()).isFalse();
    assertThat(stable(archived)).isEqualTo(stable(hot));
  }

  private static void archivedAgain(JsonNode before, JsonNode after) {
    assertThat(stable(after)).isEqualTo(stable(before));
  }

  private static ObjectNode stable(JsonNode shipment) {
    ObjectNode copy = shipment.deepCopy();
    copy.remove("archived");
    JsonNode label = copy.path("postage_label");
    if (label.isObject()) {
      String url = label.path("label_url").asText();
      ((ObjectNode) label)
          .put("label_url", url.contains("?") ? url.substring(0, url.indexOf('?')) : url);
    }
    return copy;
  }

  private static List<String> pagedOneByOne(Tenant tenant) {
    List<String> seen = new ArrayList<>();
    String beforeId = null;
    while (true) {
      String path =
          "/v1/shipments?include_archived=true&page_size=1"
              + (beforeId == null ? "" : "&before_id=" + beforeId);
      JsonNode page = tenant.get(path).send().expect(200);
      List<String> ids = ids(page);
      seen.addAll(ids);
      if (!page.path("has_more").asBoolean() || ids.isEmpty()) {
        return seen;
      }
      beforeId = ids.getLast();
    }
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.path("shipments").forEach(shipment -> ids.add(shipment.path("id").asText()));
    return ids;
  }

  private static void awaitStatus(Tenant tenant, String shipmentId, String status) {
    Eventually.await(
        "shipment " + shipmentId + " " + status,
        WITHIN,
        () -> tenant.shipment(shipmentId),
        shipment -> shipment.path("status").asText().equals(status));
  }

  /** A counter of the workers' Prometheus scrape (ITs run one at a time, but runs accumulate). */
  private static double workersCounter(String name) {
    return Scrape.workers().sum(name, Map.of());
  }

  private static Tenant funded() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    return tenant;
  }

  private static String purchased(Tenant tenant, String reference) {
    RatedShipment rated = tenant.createRatedShipment(reference);
    tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);
    return rated.shipmentId();
  }
}
