package com.parceliq.activities.shipment;

import com.parceliq.activities.metrics.AfterCommit;
import com.parceliq.activities.metrics.LabelMetrics;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.ShipmentStatus;
import com.parceliq.domain.pricing.Pricing;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.RateEntity;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.store.StoredFee;
import com.parceliq.store.TrackerEntity;
import com.parceliq.store.archive.ShipmentArchiveEntry;
import com.parceliq.workflows.ports.PurchaseRecord;
import com.parceliq.workflows.ports.RateMessage;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.RerouteRecord;
import com.parceliq.workflows.ports.ShipmentRecordActivities;
import com.parceliq.workflows.ports.TrackerRecord;
import com.parceliq.workflows.shipment.NewShipment;
import com.parceliq.workflows.shipment.TrackingScan;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Writes the shipment read model the API serves. Each call sets absolute values (never increments),
 * so a retried activity leaves the same row behind. A shipment archived meanwhile is read-only:
 * writes to it are logged and skipped, so a workflow finishing late never fails on it.
 */
@ApplicationScoped
public class ShipmentRecordActivitiesImpl implements ShipmentRecordActivities {

  private static final Logger LOG = Logger.getLogger(ShipmentRecordActivitiesImpl.class);

  /** Rates may be replaced only before a label is bought; later they are the purchase record. */
  private static final Set<String> RATEABLE =
      Set.of(ShipmentStatus.CREATED.wireName(), ShipmentStatus.RATED.wireName());

  @Inject LabelMetrics labelMetrics;
  @Inject AfterCommit afterCommit;

  @Override
  @Transactional
  public void recordCreated(NewShipment shipment) {
    // Recorded already, or even archived since: never a second hot row for the same shipment.
    if (ShipmentEntity.findForTenant(shipment.tenantId(), shipment.shipmentId()).isPresent()
        || ShipmentArchiveEntry.findForTenant(shipment.tenantId(), shipment.shipmentId())
            .isPresent()) {
      return;
    }
    Instant now = Instant.now();
    ShipmentEntity row = new ShipmentEntity();
    row.id = shipment.shipmentId();
    row.tenantId = shipment.tenantId();
    row.status = ShipmentStatus.CREATED.wireName();
    row.reference = shipment.reference();
    row.fromAddressJson = JsonColumns.write(shipment.from());
    row.toAddressJson = JsonColumns.write(shipment.to());
    row.parcelJson = JsonColumns.write(shipment.parcel());
    row.optionsJson = JsonColumns.write(shipment.options() == null ? Map.of() : shipment.options());
    row.createdAt = now;
    row.updatedAt = now;
    row.persist();
  }

  @Override
  @Transactional
  public void recordRates(
      String tenantId, String shipmentId, List<RateQuote> rates, List<RateMessage> messages) {
    ShipmentEntity shipment = writable(tenantId, shipmentId);
    if (shipment == null) {
      return;
    }
    if (!RATEABLE.contains(shipment.status)) {
      throw ApplicationFailure.newNonRetryableFailure(
          "shipment " + shipmentId + " is " + shipment.status + "; its rates are final",
          ErrorCode.SHIPMENT_INVALID_STATE.code());
    }
    RateEntity.delete("tenantId = ?1 and shipmentId = ?2", tenantId, shipmentId);
    Instant now = Instant.now();
    for (RateQuote quote : rates) {
      RateEntity rate = new RateEntity();
      rate.id = quote.rateId();
      rate.tenantId = tenantId;
      rate.shipmentId = shipmentId;
      rate.carrier = quote.carrier();
      rate.carrierAccountId = quote.carrierAccountId();
      rate.service = quote.service();
      rate.amount = quote.amount().amount();
      rate.currency = quote.amount().currency();
      rate.listAmount = quote.quotedCarrierAmount().amount();
      rate.pricing = quote.pricing() != null ? quote.pricing() : Pricing.NO_RULE;
      rate.deliveryDays = quote.deliveryDays();
      rate.expiresAt = quote.expiresAt();
      rate.createdAt = now;
      rate.persist();
    }
    shipment.rateMessagesJson = JsonColumns.write(messages);
    shipment.status = ShipmentStatus.RATED.wireName();
    shipment.updatedAt = now;
  }

  @Override
  @Transactional
  public void recordPurchase(PurchaseRecord purchase) {
    ShipmentEntity shipment = writable(purchase.tenantId(), purchase.shipmentId());
    if (shipment == null) {
      return;
    }
    // A retried call finds the shipment purchased already: the label is counted once.
    if (RATEABLE.contains(shipment.status)) {
      String carrier = purchase.label().carrier();
      String service = purchase.label().service();
      afterCommit.run(() -> labelMetrics.purchased(carrier, service));
    }
    shipment.selectedRateId = purchase.rateId();
    shipment.carrier = purchase.label().carrier();
    shipment.service = purchase.label().service();
    shipment.trackingCode = purchase.label().trackingCode();
    shipment.carrierShipmentId = purchase.label().carrierShipmentId();
    shipment.labelAmount = purchase.label().charged().amount();
    shipment.labelCurrency = purchase.label().charged().currency();
    shipment.labelBucket = purchase.storedLabel().bucket();
    shipment.labelKey = purchase.storedLabel().key();
    shipment.labelFormat = purchase.storedLabel().labelFormat();
    shipment.ledgerEntryId = purchase.ledgerEntryId();
    shipment.status = ShipmentStatus.PURCHASED.wireName();
    shipment.updatedAt = Instant.now();
  }

  @Override
  @Transactional
  public void recordRefundStatus(
      String tenantId, String shipmentId, String status, String refundStatus) {
    ShipmentEntity shipment = writable(tenantId, shipmentId);
    if (shipment == null) {
      return;
    }
    String voided = ShipmentStatus.VOIDED.wireName();
    if (voided.equals(known(status).wireName()) && !voided.equals(shipment.status)) {
      String carrier = shipment.carrier;
      afterCommit.run(() -> labelMetrics.voided(carrier));
    }
    shipment.status = known(status).wireName();
    shipment.refundStatus = refundStatus;
    shipment.needsAttention = false;
    shipment.lastErrorCode = null;
    shipment.lastErrorMessage = null;
    shipment.updatedAt = Instant.now();
  }

  /** The whole fee list is written, so a retried call leaves the same row. */
  @Override
  @Transactional
  public void recordReroute(RerouteRecord reroute) {
    ShipmentEntity shipment = writable(reroute.tenantId(), reroute.shipmentId());
    if (shipment == null) {
      return;
    }
    shipment.status = known(reroute.status()).wireName();
    shipment.toAddressJson = JsonColumns.write(reroute.destination());
    shipment.feesJson =
        StoredFee.writeAll(
            reroute.fees().stream()
                .map(
                    fee -> StoredFee.of(fee.type(), fee.amount().amount(), fee.amount().currency()))
                .toList());
    shipment.needsAttention = false;
    shipment.lastErrorCode = null;
    shipment.lastErrorMessage = null;
    shipment.updatedAt = Instant.now();
  }

  @Override
  @Transactional
  public void recordStatus(
      String tenantId,
      String shipmentId,
      String status,
      boolean needsAttention,
      String lastErrorCode,
      String lastErrorMessage) {
    ShipmentEntity shipment = writable(tenantId, shipmentId);
    if (shipment == null) {
      return;
    }
    shipment.status = known(status).wireName();
    shipment.needsAttention = needsAttention;
    shipment.lastErrorCode = lastErrorCode;
    shipment.lastErrorMessage = lastErrorMessage;
    shipment.updatedAt = Instant.now();
  }

  @Override
  @Transactional
  public void recordTracking(TrackerRecord tracker) {
    ShipmentEntity shipment = writable(tracker.tenantId(), tracker.shipmentId());
    if (shipment == null) {
      return;
    }
    Instant now = Instant.now();
    TrackerEntity row =
        TrackerEntity.findForTenant(tracker.tenantId(), tracker.trackerId())
            .orElseGet(
                () -> {
                  TrackerEntity created = new TrackerEntity();
                  created.id = tracker.trackerId();
                  created.tenantId = tracker.tenantId();
                  created.shipmentId = tracker.shipmentId();
                  return created;
                });
    row.carrier = tracker.carrier();
    row.trackingCode = tracker.trackingCode();
    row.status = tracker.trackingStatus();
    row.trackingDetailsJson =
        JsonColumns.write(tracker.details().stream().map(TrackingScan::detail).toList());
    row.lastEventAt = carrierInstant(tracker.lastEventAt());
    row.updatedAt = now;
    row.persist();
    String status = known(tracker.shipmentStatus()).wireName();
    if (!status.equals(shipment.status)) {
      shipment.status = status;
      shipment.updatedAt = now;
    }
  }

  /**
   * The shipment's row to write, or null when it has been archived meanwhile (a delivered
   * shipment's workflow may finish after archival took it): archived shipments are read-only, so
   * the caller skips the write and the workflow goes on.
   */
  private static ShipmentEntity writable(String tenantId, String shipmentId) {
    Optional<ShipmentEntity> hot = ShipmentEntity.findForTenant(tenantId, shipmentId);
    if (hot.isPresent()) {
      return hot.get();
    }
    if (ShipmentArchiveEntry.findForTenant(tenantId, shipmentId).isPresent()) {
      LOG.infof(
          "shipment %s of tenant %s is archived: its read model is final, write skipped",
          shipmentId, tenantId);
      return null;
    }
    // The workflow records the shipment before anything else, so absence is a defect, not a race.
    throw ApplicationFailure.newNonRetryableFailure(
        "shipment " + shipmentId + " of tenant " + tenantId + " is not recorded",
        ErrorCode.NOT_FOUND.code());
  }

  private static ShipmentStatus known(String status) {
    try {
      return ShipmentStatus.fromWireName(status);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "unknown shipment status " + status, ErrorCode.INTERNAL.code());
    }
  }

  /** The carrier's timestamp, or null when it sent none that reads as one. */
  private static Instant carrierInstant(String rfc3339) {
    if (rfc3339 == null) {
      return null;
    }
    try {
      return Instant.parse(rfc3339);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
