package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ArchivalRuns;
import com.parceliq.it.support.ArchiveAccounting;
import com.parceliq.it.support.ArchiveAccounting.Member;
import com.parceliq.it.support.ArchiveAccounting.Placement;
import com.parceliq.it.support.ArchiveObjects;
import com.parceliq.it.support.ArchivedRendering;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.FinishedShipments;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.ShipmentPages;
import com.parceliq.it.support.StackDatabase;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An operator's archival run over 10,000 finished shipments of one tenant, with the workers
 * SIGKILLed in the middle and restarted: the run completes, every shipment ends up either hot or
 * archived (never both, never neither, here all archived), the tenant lists the same shipments with
 * {@code include_archived=true} and reads each sampled one exactly as before apart from {@code
 * "archived": true}, and the objects on the S3 server are gzip JSON lines whose members match the
 * index's checksums.
 */
class ArchivalCrashIT {

  private static final int SHIPMENTS = 10_000;
  private static final int SAMPLE = 300;
  private static final Pattern OBJECT_KEY =
      Pattern.compile(
          "shipments/ten_[0-9a-z]+/\\d{4}/\\d{2}/\\d{2}/shp_[0-9a-z]{26}-[0-9a-f]{16}"
              + "\\.jsonl\\.gz");

  private final StackDatabase database = StackDatabase.fromEnvironment();
  private final ArchivalRuns runs = new ArchivalRuns(TestStack.platform());

  @Test
  void tenThousandShipmentsArchivedAcrossAWorkerKillAreEachHotXorArchivedAndReadTheSame() {
    List<String> templates = FinishedShipments.templates(TestStack.newTenant());
    Tenant tenant = TestStack.newTenant();
    Instant now = Instant.now();
    // Last changed two days ago: old enough for the operator's cutoff, far too young for the
    // daily schedule's 90-day retention, so only the run under test moves them.
    List<String> seeded =
        new FinishedShipments(database)
            .seed(
                templates,
                tenant.id(),
                SHIPMENTS,
                now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)));

    List<JsonNode> listedBefore = ShipmentPages.all(tenant, false);
    assertThat(ids(listedBefore)).containsExactlyElementsOf(newestFirst(seeded));
    Map<String, JsonNode> sampledBefore = read(tenant, sample(seeded));
    sampledBefore.values().forEach(s -> assertThat(s.path("archived").asBoolean(true)).isFalse());

    String runId = runs.started(Instant.now(), tenant.id());
    JsonNode midway =
        Eventually.await(
            "run " + runId + " to archive its first shipments",
            Duration.ofMinutes(5),
            () -> runs.progressOrNull(runId),
            run -> ArchivalRuns.archived(run) > 0 || !"running".equals(ArchivalRuns.status(run)));
    assertThat(ArchivalRuns.status(midway))
        .as("the run must still be running when the workers die: %s", midway)
        .isEqualTo("running");
    assertThat(ArchivalRuns.archived(midway)).isLessThan(SHIPMENTS);
    ServiceControl services = TestStack.services();
    try {
      services.kill("workers");
    } finally {
      services.restart("workers");
    }
    JsonNode finished =
        Eventually.await(
            "run " + runId + " to finish after the restart",
            Duration.ofMinutes(15),
            () -> runs.progressOrNull(runId),
            run -> Set.of("completed", "failed").contains(ArchivalRuns.status(run)));

    assertThat(ArchivalRuns.status(finished)).as("%s", finished).isEqualTo("completed");
    assertThat(finished.path("tenant_id").asText()).isEqualTo(tenant.id());
    assertThat(finished.path("shipments_archived").asLong()).isEqualTo(SHIPMENTS);
    assertThat(finished.path("bytes_archived").asLong()).isPositive();
    assertThat(new ArchiveAccounting(database).place(seeded))
        .isEqualTo(new Placement(0, SHIPMENTS, 0, 0));
    assertArchiveObjectsAreGzipJsonLinesMatchingTheIndex(tenant.id());

    assertThat(ShipmentPages.all(tenant, false)).as("hot shipments left").isEmpty();
    List<JsonNode> listedAfter = ShipmentPages.all(tenant, true);
    assertThat(ids(listedAfter)).containsExactlyElementsOf(ids(listedBefore));
    for (int i = 0; i < listedAfter.size(); i++) {
      assertThat(listedAfter.get(i).path("archived").asBoolean()).isTrue();
      assertThat(ArchivedRendering.comparable(listedAfter.get(i)))
          .isEqualTo(ArchivedRendering.comparable(listedBefore.get(i)));
    }
    Map<String, JsonNode> sampledAfter = read(tenant, sampledBefore.keySet());
    sampledBefore.forEach(
        (id, before) -> {
          JsonNode after = sampledAfter.get(id);
          assertThat(after.path("archived").asBoolean()).as("%s archived", id).isTrue();
          assertThat(ArchivedRendering.comparable(after))
              .as("%s read back from the archive", id)
              .isEqualTo(ArchivedRendering.comparable(before));
        });
  }

  /**
   * Every object under the tenant's prefix is a gzip stream of JSON lines of the tenant's shipments
   * (a page written before the kill and re-run after it leaves an unindexed object; it must be well
   * formed too), and every indexed member decompresses alone to its checksum.
   */
  private void assertArchiveObjectsAreGzipJsonLinesMatchingTheIndex(String tenantId) {
    List<Member> members = new ArchiveAccounting(database).members(tenantId);
    assertThat(members).hasSize(SHIPMENTS);
    String bucket = members.getFirst().bucket();
    Set<String> indexedShipments = new HashSet<>();
    try (ArchiveObjects objects = ArchiveObjects.fromEnvironment()) {
      Map<String, byte[]> contents = new LinkedHashMap<>();
      for (String key : objects.keys(bucket, "shipments/" + tenantId + "/")) {
        assertThat(key).matches(OBJECT_KEY);
        byte[] object = objects.bytes(bucket, key);
        assertThat(key).contains("-" + ArchiveObjects.sha256Hex(object).substring(0, 16) + ".");
        for (JsonNode line : ArchiveObjects.jsonLines(object)) {
          assertThat(line.path("tenant_id").asText()).isEqualTo(tenantId);
          assertThat(line.path("shipment").path("id").asText())
              .isEqualTo(line.path("shipment_id").asText());
        }
        contents.put(key, object);
      }
      for (Member member : members) {
        byte[] object = contents.get(member.objectKey());
        assertThat(object).as("object of %s", member.shipmentId()).isNotNull();
        byte[] document = ArchiveObjects.member(object, member.byteOffset(), member.byteLength());
        assertThat(ArchiveObjects.sha256Hex(document)).isEqualTo(member.documentSha256());
        String line = new String(document, StandardCharsets.UTF_8);
        assertThat(line).endsWith("\n");
        assertThat(Json.parse(line).path("shipment_id").asText()).isEqualTo(member.shipmentId());
        indexedShipments.add(member.shipmentId());
      }
    }
    assertThat(indexedShipments).hasSize(SHIPMENTS);
  }

  private static Map<String, JsonNode> read(Tenant tenant, Iterable<String> ids) {
    Map<String, JsonNode> shipments = new LinkedHashMap<>();
    for (String id : ids) {
      shipments.put(id, tenant.shipment(id));
    }
    return shipments;
  }

  private static List<String> sample(List<String> ids) {
    List<String> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, new Random(8));
    return shuffled.subList(0, SAMPLE);
  }

  private static List<String> newestFirst(List<String> oldestFirst) {
    return oldestFirst.reversed();
  }

  private static List<String> ids(List<JsonNode> shipments) {
    return shipments.stream().map(s -> s.path("id").asText()).toList();
  }
}
