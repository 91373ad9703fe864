package com.parceliq.api.shipments;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.Paging;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.RateEntity;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.workflows.ports.RateMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads shipments from the read model, always within one tenant: another tenant's shipment does not
 * exist here (404, never 403).
 */
@ApplicationScoped
public class ShipmentReads {

  @Inject LabelLinks labelLinks;

  public ShipmentEntity require(String tenantId, String shipmentId) {
    return ShipmentEntity.findForTenant(tenantId, shipmentId)
        .orElseThrow(() -> ApiException.notFound("shipment", shipmentId));
  }

  /**
   * Checks the shipment is the caller's without loading it: an entity loaded before a workflow
   * update would be served from the request's persistence context afterwards, stale.
   */
  public void requireExists(String tenantId, String shipmentId) {
    if (ShipmentEntity.count("id = ?1 and tenantId = ?2", shipmentId, tenantId) == 0) {
      throw ApiException.notFound("shipment", shipmentId);
    }
  }

  /**
   * Whether a void of the caller's shipment already has the carrier's answer; 404 when the shipment
   * is not the caller's. A count query, for the same staleness reason as {@link #requireExists}.
   */
  public boolean hasVoid(String tenantId, String shipmentId) {
    requireExists(tenantId, shipmentId);
    return ShipmentEntity.count(
            "id = ?1 and tenantId = ?2 and refundStatus is not null", shipmentId, tenantId)
        > 0;
  }

  public ShipmentDto view(String tenantId, String shipmentId) {
    ShipmentEntity shipment = require(tenantId, shipmentId);
    return ShipmentRenderer.render(
        shipment, RateEntity.forShipment(tenantId, shipmentId), labelLinks);
  }

  public List<RateDto> rates(String tenantId, String shipmentId) {
    return RateEntity.forShipment(tenantId, shipmentId).stream()
        .map(ShipmentRenderer::rate)
        .toList();
  }

  public List<RateMessageDto> rateMessages(String tenantId, String shipmentId) {
    return ShipmentEntity.findForTenant(tenantId, shipmentId)
        .map(shipment -> List.of(JsonColumns.read(shipment.rateMessagesJson, RateMessage[].class)))
        .orElse(List.<RateMessage>of())
        .stream()
        .map(
            message ->
                new RateMessageDto(
                    message.carrier(),
                    message.carrierAccountId(),
                    message.code(),
                    message.message()))
        .toList();
  }

  public ShipmentList list(String tenantId, Paging paging) {
    List<ShipmentEntity> fetched =
        ShipmentEntity.pageForTenant(tenantId, paging.beforeId(), paging.fetchSize());
    List<ShipmentEntity> page = paging.pageOf(fetched);
    Map<String, List<RateEntity>> rates = ratesOf(tenantId, page);
    List<ShipmentDto> shipments =
        page.stream()
            .map(
                shipment ->
                    ShipmentRenderer.render(
                        shipment, rates.getOrDefault(shipment.id, List.of()), labelLinks))
            .toList();
    return new ShipmentList(shipments, paging.hasMore(fetched));
  }

  /** The rates of a whole page in one query. */
  private static Map<String, List<RateEntity>> ratesOf(
      String tenantId, List<ShipmentEntity> shipments) {
    if (shipments.isEmpty()) {
      return Map.of();
    }
    List<String> ids = shipments.stream().map(shipment -> shipment.id).toList();
    List<RateEntity> rates =
        RateEntity.list("tenantId = ?1 and shipmentId in ?2 order by amount, id", tenantId, ids);
    return rates.stream().collect(Collectors.groupingBy(rate -> rate.shipmentId));
  }
}
