package com.parceliq.activities.pickup;

import com.parceliq.domain.PickupStatus;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.PickupEntity;
import com.parceliq.store.PickupShipmentLinks;
import com.parceliq.workflows.pickup.NewPickup;
import com.parceliq.workflows.ports.PickupQuote;
import com.parceliq.workflows.ports.PickupRecordActivities;
import com.parceliq.workflows.ports.ScheduledPickup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the pickup read model the API serves. Each call sets absolute values, so a retried
 * activity leaves the same row behind.
 */
@ApplicationScoped
public class PickupRecordActivitiesImpl implements PickupRecordActivities {

  @Override
  @Transactional
  public void recordPickupCreated(NewPickup pickup, List<PickupQuote> rates) {
    if (PickupEntity.findForTenant(pickup.tenantId(), pickup.pickupId()).isEmpty()) {
      Instant now = Instant.now();
      PickupEntity row = new PickupEntity();
      row.id = pickup.pickupId();
      row.tenantId = pickup.tenantId();
      row.status = PickupStatus.UNKNOWN.wireName();
      row.reference = pickup.reference();
      row.addressJson = JsonColumns.write(pickup.address());
      row.minDatetime = pickup.minDatetime();
      row.maxDatetime = pickup.maxDatetime();
      row.instructions = pickup.instructions();
      row.batchId = pickup.batchId();
      row.labelCarrier = pickup.labelCarrier();
      row.carrierAccountId = pickup.carrierAccountId();
      row.pickupRatesJson = JsonColumns.write(rates.stream().map(this::rate).toList());
      row.createdAt = now;
      row.updatedAt = now;
      row.persist();
      // Flushed before the links, whose foreign key needs the row.
      PickupEntity.flush();
    }
    PickupShipmentLinks.link(pickup.tenantId(), pickup.pickupId(), pickup.shipmentIds());
  }

  @Override
  @Transactional
  public void recordPickupScheduled(
      String tenantId, String pickupId, PickupQuote bought, ScheduledPickup scheduled) {
    PickupEntity row = require(tenantId, pickupId);
    row.status = PickupStatus.SCHEDULED.wireName();
    row.carrier = bought.carrier();
    row.service = bought.service();
    row.confirmation = scheduled.confirmation();
    row.feeAmount = scheduled.fee().amount();
    row.feeCurrency = scheduled.fee().currency();
    row.updatedAt = Instant.now();
  }

  @Override
  @Transactional
  public void recordPickupCanceled(String tenantId, String pickupId) {
    PickupEntity row = require(tenantId, pickupId);
    row.status = PickupStatus.CANCELED.wireName();
    row.updatedAt = Instant.now();
  }

  private Map<String, Object> rate(PickupQuote quote) {
    Map<String, Object> rate = new LinkedHashMap<>();
    rate.put("id", quote.rateId());
    rate.put("carrier", quote.carrier());
    rate.put("service", quote.service());
    rate.put("rate", quote.fee().toDecimalString());
    rate.put("currency", quote.fee().currency());
    return rate;
  }

  private static PickupEntity require(String tenantId, String pickupId) {
    return PickupEntity.findForTenant(tenantId, pickupId)
        .orElseThrow(
            () -> new IllegalStateException("pickup " + pickupId + " of " + tenantId + " missing"));
  }
}
