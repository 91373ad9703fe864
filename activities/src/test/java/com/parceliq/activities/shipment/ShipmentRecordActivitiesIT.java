package com.parceliq.activities.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.domain.Address;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.domain.Money;
import com.parceliq.domain.Parcel;
import com.parceliq.domain.TrackerIds;
import com.parceliq.domain.pricing.PricedAmount;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.RateEntity;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.store.StoredFee;
import com.parceliq.store.TenantEntity;
import com.parceliq.store.TrackerEntity;
import com.parceliq.store.archive.ShipmentArchiveEntry;
import com.parceliq.workflows.ports.BoughtLabelSummary;
import com.parceliq.workflows.ports.PurchaseRecord;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.RerouteRecord;
import com.parceliq.workflows.ports.ShipmentFee;
import com.parceliq.workflows.ports.StoredLabel;
import com.parceliq.workflows.ports.TrackerRecord;
import com.parceliq.workflows.shipment.NewShipment;
import com.parceliq.workflows.shipment.TrackingScan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.temporal.failure.ApplicationFailure;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shipment read model against real PostgreSQL (jsonb columns, tenant scoping). */
@QuarkusTest
class ShipmentRecordActivitiesIT {

  private static final Address FROM =
      new Address("Ann", null, "1 Main St", null, "Austin", "TX", "78701", "US", null, null);
  private static final Address TO =
      new Address("Bob", "Acme", "2 Oak Ave", "Apt 3", "Boston", "MA", "02110", "US", null, null);

  @Inject ShipmentRecordActivitiesImpl records;

  private String tenantId;
  private String shipmentId;

  @BeforeEach
  void newTenantAndShipment() {
    tenantId = Ids.newId(IdPrefix.TENANT);
    shipmentId = Ids.newId(IdPrefix.SHIPMENT);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              TenantEntity tenant = new TenantEntity();
              tenant.id = tenantId;
              tenant.name = "records test";
              tenant.createdAt = Instant.now();
              tenant.persist();
            });
    records.recordCreated(
        new NewShipment(
            tenantId,
            shipmentId,
            FROM,
            TO,
            new Parcel(new BigDecimal("16.5"), null, null, null),
            "order-7",
            Map.of("label_format", "pdf")));
  }

  @Test
  void recordingCreationTwiceKeepsOneRowWithItsDocuments() {
    records.recordCreated(
        new NewShipment(tenantId, shipmentId, TO, FROM, null, "changed", Map.of()));

    ShipmentEntity row = load();
    assertThat(row.status).isEqualTo("created");
    assertThat(row.reference).isEqualTo("order-7");
    assertThat(JsonColumns.read(row.toAddressJson, Address.class)).isEqualTo(TO);
    assertThat(JsonColumns.read(row.parcelJson, Parcel.class).weightOz())
        .isEqualByComparingTo("16.5");
    assertThat(JsonColumns.read(row.optionsJson, Map.class)).containsEntry("label_format", "pdf");
  }

  @Test
  void newRatesReplaceTheOldOnesAndMakeTheShipmentRated() {
    records.recordRates(tenantId, shipmentId, List.of(quote(), quote()), List.of());
    RateQuote replacement = quote();
    records.recordRates(tenantId, shipmentId, List.of(replacement), List.of());

    assertThat(load().status).isEqualTo("rated");
    List<RateEntity> rates =
        QuarkusTransaction.requiringNew().call(() -> RateEntity.forShipment(tenantId, shipmentId));
    assertThat(rates).extracting(r -> r.id).containsExactly(replacement.rateId());
    assertThat(rates.get(0).amount).isEqualByComparingTo("7.25");
    assertThat(rates.get(0).listAmount).isEqualByComparingTo("7.25");
    assertThat(rates.get(0).pricing).isEqualTo("carrier rate, no pricing rule");
  }

  @Test
  void pricedRatesKeepThePriceTheCarrierRateAndTheExplanation() {
    RateQuote priced =
        quote()
            .withPrice(
                new PricedAmount(
                    Money.usd("7.98"),
                    Money.usd("7.25"),
                    "sandbox ground list 7.25 + 10% markup (rule pr_1) = 7.98"));

    records.recordRates(tenantId, shipmentId, List.of(priced), List.of());

    RateEntity rate =
        QuarkusTransaction.requiringNew()
            .call(() -> RateEntity.forShipment(tenantId, shipmentId))
            .get(0);
    assertThat(rate.amount).isEqualByComparingTo("7.98");
    assertThat(rate.listAmount).isEqualByComparingTo("7.25");
    assertThat(rate.pricing).isEqualTo("sandbox ground list 7.25 + 10% markup (rule pr_1) = 7.98");
  }

  @Test
  void aPurchaseIsRecordedAndThenItsRatesAreFinal() {
    RateQuote bought = quote();
    records.recordRates(tenantId, shipmentId, List.of(bought), List.of());
    records.recordPurchase(
        new PurchaseRecord(
            tenantId,
            shipmentId,
            bought.rateId(),
            new BoughtLabelSummary("sandbox", "ground", "SBX1", "cs_1", Money.usd("7.25")),
            new StoredLabel("parceliq-labels", tenantId + "/" + shipmentId + "/label.pdf", "pdf"),
            "led_1"));

    ShipmentEntity row = load();
    assertThat(row.status).isEqualTo("purchased");
    assertThat(row.trackingCode).isEqualTo("SBX1");
    assertThat(row.labelAmount).isEqualByComparingTo("7.25");
    assertThat(row.labelKey).endsWith("/label.pdf");
    assertThat(row.ledgerEntryId).isEqualTo("led_1");
    assertThatThrownBy(() -> records.recordRates(tenantId, shipmentId, List.of(quote()), List.of()))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> assertThat(f.getType()).isEqualTo("SHIPMENT.INVALID_STATE"));
  }

  @Test
  void statusAndAttentionAreRecordedAndAnotherTenantCannotTouchTheShipment() {
    records.recordStatus(tenantId, shipmentId, "rated", true, "CARRIER.UNAVAILABLE", "down");

    ShipmentEntity row = load();
    assertThat(row.needsAttention).isTrue();
    assertThat(row.lastErrorCode).isEqualTo("CARRIER.UNAVAILABLE");
    assertThatThrownBy(
            () -> records.recordStatus("ten_other", shipmentId, "voided", false, null, null))
        .isInstanceOfSatisfying(
            ApplicationFailure.class, f -> assertThat(f.isNonRetryable()).isTrue());
    assertThat(load().status).isEqualTo("rated");
  }

  @Test
  void aVoidRecordsItsRefundStatusAndClearsTheLastError() {
    records.recordStatus(tenantId, shipmentId, "purchased", false, "CARRIER.UNAVAILABLE", "down");

    records.recordRefundStatus(tenantId, shipmentId, "voided", "submitted");

    ShipmentEntity row = load();
    assertThat(row.status).isEqualTo("voided");
    assertThat(row.refundStatus).isEqualTo("submitted");
    assertThat(row.lastErrorCode).isNull();
  }

  @Test
  void aRerouteRecordsTheNewDestinationAndItsFeeOnceWhenRetried() {
    records.recordStatus(tenantId, shipmentId, "purchased", false, null, null);
    RerouteRecord reroute =
        new RerouteRecord(
            tenantId,
            shipmentId,
            "rerouted",
            FROM,
            List.of(ShipmentFee.reroute(Money.usd("7.50"))));

    records.recordReroute(reroute);
    records.recordReroute(reroute);

    ShipmentEntity row = load();
    assertThat(row.status).isEqualTo("rerouted");
    assertThat(JsonColumns.read(row.toAddressJson, Address.class)).isEqualTo(FROM);
    assertThat(StoredFee.readAll(row.feesJson))
        .containsExactly(new StoredFee("reroute_fee", "7.50", "USD"));
  }

  @Test
  void trackingIsRecordedOnTheTrackerWithTheShipmentStatusAndARetryLeavesOneRow() {
    RateQuote bought = quote();
    records.recordRates(tenantId, shipmentId, List.of(bought), List.of());
    records.recordPurchase(
        new PurchaseRecord(
            tenantId,
            shipmentId,
            bought.rateId(),
            new BoughtLabelSummary("sandbox", "ground", "SBXTRK1", "cs_1", Money.usd("7.25")),
            new StoredLabel("parceliq-labels", tenantId + "/" + shipmentId + "/label.pdf", "pdf"),
            "led_1"));
    String trackerId = TrackerIds.ofShipment(shipmentId);
    TrackingScan accepted =
        new TrackingScan("in_transit", "Accepted", "Austin, TX", "2026-03-02T10:00:00Z");
    TrackingScan out =
        new TrackingScan(
            "out_for_delivery", "Out for delivery", "Boston, MA", "2026-03-04T07:00:00Z");
    TrackerRecord tracker =
        new TrackerRecord(
            tenantId,
            shipmentId,
            trackerId,
            "sandbox",
            "SBXTRK1",
            "out_for_delivery",
            "out_for_delivery",
            List.of(accepted, out),
            out.occurredAt());

    records.recordTracking(tracker);
    records.recordTracking(tracker);

    assertThat(load().status).isEqualTo("out_for_delivery");
    TrackerEntity row =
        QuarkusTransaction.requiringNew()
            .call(() -> TrackerEntity.findForTenant(tenantId, trackerId).orElseThrow());
    assertThat(row.shipmentId).isEqualTo(shipmentId);
    assertThat(row.status).isEqualTo("out_for_delivery");
    assertThat(row.lastEventAt).isEqualTo(Instant.parse("2026-03-04T07:00:00Z"));
    assertThat(JsonColumns.read(row.trackingDetailsJson, List.class))
        .containsExactly(
            Map.of(
                "status", "in_transit",
                "message", "Accepted",
                "location", "Austin, TX",
                "datetime", "2026-03-02T10:00:00Z"),
            Map.of(
                "status", "out_for_delivery",
                "message", "Out for delivery",
                "location", "Boston, MA",
                "datetime", "2026-03-04T07:00:00Z"));
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> TrackerEntity.count("shipmentId", shipmentId)))
        .isEqualTo(1);
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> TrackerEntity.findForTenant(Ids.newId(IdPrefix.TENANT), trackerId)))
        .isEmpty();
  }

  @Test
  void writesToAShipmentArchivedMeanwhileAreSkippedWithoutFailingTheWorkflow() {
    archive();

    records.recordStatus(tenantId, shipmentId, "completed", false, null, null);
    records.recordRefundStatus(tenantId, shipmentId, "voided", "refunded");
    records.recordTracking(
        new TrackerRecord(
            tenantId,
            shipmentId,
            TrackerIds.ofShipment(shipmentId),
            "sandbox",
            "SBX1",
            "delivered",
            "delivered",
            List.of(),
            null));
    records.recordCreated(new NewShipment(tenantId, shipmentId, FROM, TO, null, "again", Map.of()));

    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> ShipmentEntity.findForTenant(tenantId, shipmentId)))
        .isEmpty();
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> TrackerEntity.count("shipmentId", shipmentId)))
        .isZero();
  }

  @Test
  void aShipmentNeitherRecordedNorArchivedStillFailsTheWrite() {
    assertThatThrownBy(
            () ->
                records.recordStatus(
                    tenantId, Ids.newId(IdPrefix.SHIPMENT), "completed", false, null, null))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            f -> {
              assertThat(f.isNonRetryable()).isTrue();
              assertThat(f.getType()).isEqualTo("RESOURCE.NOT_FOUND");
            });
  }

  /** What archival's move does to the shipment: hot row gone, index row written. */
  private void archive() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ShipmentEntity.delete("id", shipmentId);
              ShipmentArchiveEntry entry = new ShipmentArchiveEntry();
              entry.tenantId = tenantId;
              entry.shipmentId = shipmentId;
              entry.status = "delivered";
              entry.shipmentCreatedAt = Instant.now();
              entry.shipmentUpdatedAt = Instant.now();
              entry.bucket = "parceliq-archive";
              entry.objectKey =
                  "shipments/" + tenantId + "/2026/03/02/" + shipmentId + "-0.jsonl.gz";
              entry.byteOffset = 0;
              entry.byteLength = 100;
              entry.documentSha256 = "0".repeat(64);
              entry.runId = "arc_test";
              entry.archivedAt = Instant.now();
              entry.persist();
            });
  }

  @Test
  void aNewShipmentHasNoFees() {
    assertThat(StoredFee.readAll(load().feesJson)).isEmpty();
  }

  private static RateQuote quote() {
    return new RateQuote(
        Ids.newId(IdPrefix.RATE),
        "sandbox",
        null,
        "ground",
        Money.usd("7.25"),
        5,
        Instant.parse("2030-01-01T00:00:00Z"));
  }

  private ShipmentEntity load() {
    return QuarkusTransaction.requiringNew()
        .call(() -> ShipmentEntity.findForTenant(tenantId, shipmentId).orElseThrow());
  }
}
