package com.parceliq.api.pickups;

import com.fasterxml.jackson.core.type.TypeReference;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.Decimals;
import com.parceliq.api.shipments.AddressDto;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.PickupEntity;
import com.parceliq.store.PickupShipmentLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Reads pickups from the read model, always within one tenant: another tenant's pickup does not
 * exist here (404, never 403).
 */
@ApplicationScoped
public class PickupReads {

  /** 404 unless the pickup is the caller's; a count, so no stale entity is kept for later reads. */
  @Transactional
  public void requireExists(String tenantId, String pickupId) {
    if (PickupEntity.count("id = ?1 and tenantId = ?2", pickupId, tenantId) == 0) {
      throw ApiException.notFound("pickup", pickupId);
    }
  }

  @Transactional
  public PickupDto view(String tenantId, String pickupId) {
    PickupEntity row =
        PickupEntity.findForTenant(tenantId, pickupId)
            .orElseThrow(() -> ApiException.notFound("pickup", pickupId));
    return new PickupDto(
        row.id,
        PickupDto.OBJECT,
        row.status,
        row.reference,
        JsonColumns.read(row.addressJson, AddressDto.class),
        row.minDatetime,
        row.maxDatetime,
        row.instructions,
        row.batchId,
        PickupShipmentLinks.shipmentIds(tenantId, pickupId),
        rates(row.pickupRatesJson),
        row.carrier,
        row.service,
        row.confirmation,
        row.feeAmount == null ? null : Decimals.money(row.feeAmount),
        row.feeCurrency,
        row.createdAt,
        row.updatedAt);
  }

  private static List<PickupRateDto> rates(String json) {
    List<Map<String, String>> rates =
        JsonColumns.read(json, new TypeReference<List<Map<String, String>>>() {});
    return rates.stream()
        .map(
            rate ->
                new PickupRateDto(
                    rate.get("id"),
                    PickupRateDto.OBJECT,
                    rate.get("carrier"),
                    rate.get("service"),
                    rate.get("rate"),
                    rate.get("currency")))
        .toList();
  }
}
