package com.parceliq.activities.archival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.store.archive.ArchiveJson;
import com.parceliq.store.archive.ArchiveMembers;
import com.parceliq.store.archive.ArchivedShipment;
import com.parceliq.store.archive.ShipmentArchiveEntry;
import com.parceliq.temporal.ParcelIqDataConverter;
import com.parceliq.workflows.ports.ArchivalActivities;
import com.parceliq.workflows.ports.ArchivedPage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.testing.TestActivityEnvironment;
import io.temporal.testing.TestEnvironmentOptions;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A page of archival against the real PostgreSQL and S3 server of the test stack, run as Temporal
 * runs it (heartbeats included), with worker deaths simulated at each step of the page.
 */
@QuarkusTest
class ArchivalActivitiesIT {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final Instant OLD = NOW.minus(Duration.ofDays(120));
  private static final Instant CUTOFF = NOW.minus(Duration.ofDays(30));
  private static final String RUN = "arc_01ARCHIVALIT";

  @Inject EntityManager entityManager;
  @Inject ArchivalSettings settings;
  @Inject ArchivalTenants tenants;
  @Inject EligibleShipments eligible;
  @Inject ArchiveObjects objects;
  @Inject ArchiveMove move;
  @Inject ArchivalMetrics metrics;
  @Inject ObjectMapper json;
  @Inject S3Client s3;

  private ArchivalFixtures fixtures;
  private ObjectMapper exactJson;
  private final List<PageCheckpoint> heartbeats = new ArrayList<>();

  @BeforeEach
  void setUp() {
    fixtures = new ArchivalFixtures(entityManager);
    exactJson = ArchiveJson.exact(json);
  }

  @Test
  void aPageArchivesExactlyTheEligibleShipmentsOfItsTenant() throws Exception {
    String tenant = fixtures.tenant(null);
    String other = fixtures.tenant(null);
    String delivered = fixtures.shipment(tenant, "delivered", OLD);
    String completed = fixtures.shipment(tenant, "completed", OLD);
    String returned = fixtures.shipment(tenant, "returned", OLD);
    String refunded = fixtures.shipment(tenant, "voided", OLD, false, "refunded");
    String recent = fixtures.shipment(tenant, "delivered", NOW.minus(Duration.ofDays(1)));
    String onItsWay = fixtures.shipment(tenant, "in_transit", OLD);
    String refundPending = fixtures.shipment(tenant, "voided", OLD, false, "submitted");
    String flagged = fixtures.shipment(tenant, "delivered", OLD, true, null);
    String otherTenants = fixtures.shipment(other, "delivered", OLD);
    String batchId = fixtures.everythingAbout(tenant, delivered);

    ArchivedPage page = attempt(activities(move, objects), null, tenant, CUTOFF, RUN, null);
    ArchivedPage next =
        attempt(activities(move, objects), null, tenant, CUTOFF, RUN, page.lastShipmentId());

    List<String> eligibleIds = List.of(delivered, completed, returned, refunded);
    assertThat(page.selected()).isEqualTo(4);
    assertThat(page.archived()).isEqualTo(4);
    assertThat(page.bytes()).isPositive();
    assertThat(page.lastShipmentId()).isEqualTo(eligibleIds.stream().sorted().toList().getLast());
    assertThat(page.objectKey())
        .startsWith(
            "shipments/%s/%s/"
                .formatted(
                    tenant,
                    java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")
                        .withZone(ZoneOffset.UTC)
                        .format(Instant.now())))
        .endsWith(".jsonl.gz");
    assertThat(next.nothingSelected()).isTrue();
    for (String id : eligibleIds) {
      assertThat(fixtures.hot(id)).as("hot %s", id).isFalse();
      assertThat(fixtures.archived(id)).as("archived %s", id).isTrue();
    }
    for (String id : List.of(recent, onItsWay, refundPending, flagged, otherTenants)) {
      assertThat(fixtures.hot(id)).as("hot %s", id).isTrue();
      assertThat(fixtures.archived(id)).as("archived %s", id).isFalse();
    }
    assertThat(fixtures.rowsAbout("rates", delivered)).isZero();
    assertThat(fixtures.rowsAbout("trackers", delivered)).isZero();
    // The append-only records and the links stay: the document keeps copies of them.
    assertThat(fixtures.rowsAbout("events", delivered)).isEqualTo(1);
    assertThat(fixtures.rowsAbout("ledger_transactions", delivered)).isEqualTo(1);
    assertThat(fixtures.rowsAbout("batch_shipments", delivered)).isEqualTo(1);

    byte[] object = read(page.objectKey(), null);
    assertThat(object).hasSize((int) page.bytes());
    List<ArchivedShipment> whole = wholeObject(object);
    assertThat(whole)
        .extracting(ArchivedShipment::shipmentId)
        .containsExactlyElementsOf(eligibleIds.stream().sorted().toList());
    ArchivedShipment document =
        whole.stream().filter(d -> d.shipmentId().equals(delivered)).findFirst().orElseThrow();
    assertThat(document.format()).isEqualTo(ArchivedShipment.FORMAT);
    assertThat(document.tenantId()).isEqualTo(tenant);
    assertThat(document.runId()).isEqualTo(RUN);
    assertThat(document.shipment().get("status").asText()).isEqualTo("delivered");
    assertThat(document.shipment().get("from_address").get("city").asText()).isEqualTo("Austin");
    assertThat(document.rates())
        .extracting(r -> r.get("amount").asText())
        .containsExactlyInAnyOrder("7.25", "9.80");
    assertThat(document.tracker().get("id").asText()).isEqualTo("trk_" + delivered);
    assertThat(document.events())
        .extracting(e -> e.get("type").asText())
        .containsExactly("shipment.delivered");
    assertThat(document.ledgerTransactions())
        .extracting(l -> l.get("id").asText())
        .containsExactly("led_" + delivered);
    assertThat(document.batchIds()).containsExactly(batchId);

    for (String id : eligibleIds) {
      ShipmentArchiveEntry entry = entry(tenant, id);
      assertThat(entry.objectKey).isEqualTo(page.objectKey());
      byte[] member =
          read(entry.objectKey, entry.byteOffset + "-" + (entry.byteOffset + entry.byteLength - 1));
      byte[] line = ArchiveMembers.decompress(member);
      assertThat(ArchiveMembers.sha256Hex(line)).isEqualTo(entry.documentSha256);
      assertThat(exactJson.readValue(line, ArchivedShipment.class).shipmentId()).isEqualTo(id);
      assertThat(entry.status).isIn("delivered", "completed", "returned", "voided");
      assertThat(entry.trackingCode).isEqualTo("SBX" + id);
      assertThat(entry.shipmentUpdatedAt).isEqualTo(OLD);
      assertThat(entry.runId).isEqualTo(RUN);
    }
    assertThat(heartbeats).hasSize(1);
    assertThat(heartbeats.getFirst().objectKey()).isEqualTo(page.objectKey());
  }

  @Test
  void aWorkerDyingAfterTheUploadLeavesEverythingHotAndItsRetryMovesThatVeryObject() {
    String tenant = fixtures.tenant(null);
    List<String> ids = threeDelivered(tenant);
    ArchiveMove dies =
        new ArchiveMove() {
          @Override
          Moved move(String tenantId, String runId, PageCheckpoint page) {
            throw new IllegalStateException("worker killed before the move committed");
          }
        };

    assertThatThrownBy(() -> attempt(activities(dies, objects), null, tenant, CUTOFF, RUN, null))
        .isInstanceOf(ActivityFailure.class);

    PageCheckpoint verified = heartbeats.getLast();
    assertThat(read(verified.objectKey(), null)).hasSize((int) verified.bytes());
    ids.forEach(id -> assertHotOnly(id));

    ArchivedPage retried = attempt(activities(move, objects), verified, tenant, CUTOFF, RUN, null);

    assertThat(retried.objectKey()).isEqualTo(verified.objectKey());
    assertThat(retried.archived()).isEqualTo(3);
    ids.forEach(id -> assertArchivedOnly(id, verified.objectKey()));
  }

  @Test
  void aRetryAfterTheMoveCommittedArchivesNothingTwice() {
    String tenant = fixtures.tenant(null);
    List<String> ids = threeDelivered(tenant);
    AtomicReference<ArchiveMove.Moved> committed = new AtomicReference<>();
    ArchiveMove commitsThenDies =
        new ArchiveMove() {
          @Override
          Moved move(String tenantId, String runId, PageCheckpoint page) {
            committed.set(ArchivalActivitiesIT.this.move.move(tenantId, runId, page));
            throw new IllegalStateException("worker killed after the move committed");
          }
        };

    assertThatThrownBy(
            () -> attempt(activities(commitsThenDies, objects), null, tenant, CUTOFF, RUN, null))
        .isInstanceOf(ActivityFailure.class);
    assertThat(committed.get().now()).isEqualTo(3);
    PageCheckpoint verified = heartbeats.getLast();

    ArchivedPage retried = attempt(activities(move, objects), verified, tenant, CUTOFF, RUN, null);
    ArchivedPage after = attempt(activities(move, objects), null, tenant, CUTOFF, RUN, null);

    // The retry reports what its object holds, moved by the attempt that died.
    assertThat(retried.archived()).isEqualTo(3);
    assertThat(retried.objectKey()).isEqualTo(verified.objectKey());
    assertThat(after.nothingSelected()).isTrue();
    ids.forEach(id -> assertArchivedOnly(id, verified.objectKey()));
  }

  @Test
  void aShipmentChangedBetweenReadAndMoveStaysHot() {
    String tenant = fixtures.tenant(null);
    List<String> ids = threeDelivered(tenant);
    String changed = ids.get(1);
    ArchiveObjects changesOneMeanwhile =
        new ArchiveObjects() {
          @Override
          void writeVerified(PageObject page) {
            objects.writeVerified(page);
            fixtures.touch(changed);
          }

          @Override
          String bucket() {
            return objects.bucket();
          }
        };

    ArchivedPage page =
        attempt(activities(move, changesOneMeanwhile), null, tenant, CUTOFF, RUN, null);

    assertThat(page.selected()).isEqualTo(3);
    assertThat(page.archived()).isEqualTo(2);
    assertHotOnly(changed);
    assertThat(fixtures.rowsAbout("rates", changed)).isEqualTo(2);
    assertThat(fixtures.rowsAbout("trackers", changed)).isEqualTo(1);
    assertArchivedOnly(ids.get(0), page.objectKey());
    assertArchivedOnly(ids.get(2), page.objectKey());
  }

  @Test
  void theCutoffIsNowMinusTheTenantsRetentionOrThePlatformDefault() {
    String keepsTenDays = fixtures.tenant(10);
    String keepsTheDefault = fixtures.tenant(null);
    ArchivalActivitiesImpl activities = activities(move, objects);
    activities.clock = Clock.fixed(NOW, ZoneOffset.UTC);

    assertThat(activities.archivalCutoff(keepsTenDays)).isEqualTo(NOW.minus(Duration.ofDays(10)));
    assertThat(activities.archivalCutoff(keepsTheDefault))
        .isEqualTo(NOW.minus(settings.defaultRetention()));
    assertThat(settings.defaultRetention()).isEqualTo(Duration.ofDays(90));
  }

  @Test
  void tenantsAreListedInIdOrderAfterTheCursor() {
    String first = fixtures.tenant(null);
    String second = fixtures.tenant(null);
    ArchivalActivitiesImpl activities = activities(move, objects);

    List<String> all = activities.archivalTenants(null, 1_000_000);
    List<String> afterFirst = activities.archivalTenants(first, 1_000_000);

    assertThat(all).isSorted().contains(first, second);
    assertThat(afterFirst).doesNotContain(first).contains(second);
    assertThat(activities.archivalTenants(null, 1)).hasSize(1);
  }

  private List<String> threeDelivered(String tenant) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = fixtures.shipment(tenant, "delivered", OLD);
      fixtures.everythingAbout(tenant, id);
      ids.add(id);
    }
    return ids;
  }

  private void assertHotOnly(String id) {
    assertThat(fixtures.hot(id)).as("hot %s", id).isTrue();
    assertThat(fixtures.archived(id)).as("archived %s", id).isFalse();
  }

  private void assertArchivedOnly(String id, String objectKey) {
    assertThat(fixtures.hot(id)).as("hot %s", id).isFalse();
    assertThat(fixtures.archived(id)).as("archived %s", id).isTrue();
    assertThat(fixtures.rowsAbout("rates", id)).isZero();
    assertThat(fixtures.rowsAbout("trackers", id)).isZero();
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> ShipmentArchiveEntry.count("shipmentId", id)))
        .isEqualTo(1);
    ShipmentArchiveEntry entry =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ShipmentArchiveEntry.find("shipmentId", id)
                        .<ShipmentArchiveEntry>firstResult());
    assertThat(entry.objectKey).isEqualTo(objectKey);
  }

  private ShipmentArchiveEntry entry(String tenant, String id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> ShipmentArchiveEntry.findForTenant(tenant, id).orElseThrow());
  }

  private byte[] read(String key, String range) {
    return s3.getObjectAsBytes(
            request -> {
              request.bucket(objects.bucket()).key(key);
              if (range != null) {
                request.range("bytes=" + range);
              }
            })
        .asByteArray();
  }

  /** What {@code zcat} does: every member in turn, one JSON document per line. */
  private List<ArchivedShipment> wholeObject(byte[] object) throws Exception {
    List<ArchivedShipment> documents = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(object)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        documents.add(exactJson.readValue(line, ArchivedShipment.class));
      }
    }
    return documents;
  }

  private ArchivalActivitiesImpl activities(ArchiveMove moves, ArchiveObjects writes) {
    ArchivalActivitiesImpl activities = new ArchivalActivitiesImpl();
    activities.settings = settings;
    activities.tenants = tenants;
    activities.eligible = eligible;
    activities.objects = writes;
    activities.move = moves;
    activities.metrics = metrics;
    activities.json = json;
    return activities;
  }

  /**
   * One attempt of the page activity as Temporal runs it, heartbeats recorded; {@code resumeFrom}
   * is the last heartbeat of a previous attempt, as Temporal hands it to a retry.
   */
  private ArchivedPage attempt(
      ArchivalActivitiesImpl activities,
      PageCheckpoint resumeFrom,
      String tenantId,
      Instant cutoff,
      String runId,
      String afterShipmentId) {
    TestActivityEnvironment temporal =
        TestActivityEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        .setDataConverter(ParcelIqDataConverter.instance())
                        .build())
                .build());
    try {
      temporal.registerActivitiesImplementations(activities);
      temporal.setActivityHeartbeatListener(PageCheckpoint.class, heartbeats::add);
      if (resumeFrom != null) {
        temporal.setHeartbeatDetails(resumeFrom);
      }
      return temporal
          .newActivityStub(
              ArchivalActivities.class,
              ActivityOptions.newBuilder()
                  .setStartToCloseTimeout(Duration.ofMinutes(1))
                  .setHeartbeatTimeout(Duration.ofMinutes(1))
                  .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                  .build())
          .archivePage(tenantId, cutoff, runId, afterShipmentId);
    } finally {
      temporal.close();
    }
  }
}
