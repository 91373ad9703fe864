package com.parceliq.api.shipments;

import com.parceliq.api.archive.ArchivedIds;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.Paging;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.RateEntity;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.store.archive.ShipmentArchiveEntry;
import com.parceliq.workflows.ports.RateMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads shipments from the read model, or from the archive once they have moved there, always
 * within one tenant: another tenant's shipment does not exist here (404, never 403).
 */
@ApplicationScoped
public class ShipmentReads {

  @Inject LabelLinks labelLinks;
  @Inject ArchivedShipments archive;

  /**
   * Checks the shipment is the caller's and still hot, without loading it: an entity loaded before
   * a workflow update would be served from the request's persistence context afterwards, stale. An
   * archived shipment is read-only: 409 SHIPMENT.ARCHIVED rather than 404.
   */
  public void requireExists(String tenantId, String shipmentId) {
    if (ShipmentEntity.count("id = ?1 and tenantId = ?2", shipmentId, tenantId) == 0) {
      ArchivedIds.refuseArchived(tenantId, List.of(shipmentId));
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

  /** The hot shipment, or else the archived one read back from S3. */
  public ShipmentDto view(String tenantId, String shipmentId) {
    Optional<ShipmentEntity> hot = ShipmentEntity.findForTenant(tenantId, shipmentId);
    if (hot.isPresent()) {
      return ShipmentRenderer.render(
          hot.get(), RateEntity.forShipment(tenantId, shipmentId), labelLinks);
    }
    return archive
        .view(tenantId, shipmentId)
        .orElseThrow(() -> ApiException.notFound("shipment", shipmentId));
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
    return new ShipmentList(renderHot(tenantId, page), paging.hasMore(fetched));
  }

  /**
   * Hot and archived shipments in one list, newest first. The hot rows are read first: a shipment
   * archived in between is then found in the index (never missed), or in both (listed once).
   */
  public ShipmentList listWithArchived(String tenantId, Paging paging) {
    List<ShipmentEntity> hot =
        ShipmentEntity.pageForTenant(tenantId, paging.beforeId(), paging.fetchSize());
    List<ShipmentArchiveEntry> archived =
        ShipmentArchiveEntry.pageForTenant(tenantId, paging.beforeId(), paging.fetchSize());
    ShipmentListMerge.Page<ShipmentEntity, ShipmentArchiveEntry> page =
        ShipmentListMerge.merge(
            hot, shipment -> shipment.id, archived, entry -> entry.shipmentId, paging.pageSize());
    Map<String, ShipmentDto> hotViews =
        renderHot(
                tenantId,
                page.items().stream()
                    .filter(listed -> !listed.isArchived())
                    .map(ShipmentListMerge.Listed::hot)
                    .toList())
            .stream()
            .collect(Collectors.toMap(ShipmentDto::id, Function.identity()));
    Map<String, ShipmentDto> archivedViews =
        archive.viewAll(
            page.items().stream()
                .filter(ShipmentListMerge.Listed::isArchived)
                .map(ShipmentListMerge.Listed::archived)
                .toList());
    List<ShipmentDto> shipments =
        page.items().stream()
            .map(
                listed ->
                    listed.isArchived()
                        ? archivedViews.get(listed.id())
                        : hotViews.get(listed.id()))
            .toList();
    return new ShipmentList(shipments, page.hasMore());
  }

  private List<ShipmentDto> renderHot(String tenantId, List<ShipmentEntity> page) {
    Map<String, List<RateEntity>> rates = ratesOf(tenantId, page);
    return page.stream()
        .map(
            shipment ->
                ShipmentRenderer.render(
                    shipment, rates.getOrDefault(shipment.id, List.of()), labelLinks))
        .toList();
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
