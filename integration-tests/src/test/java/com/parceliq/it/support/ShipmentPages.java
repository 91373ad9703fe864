package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Every shipment a tenant lists, newest first, paged through {@code before_id}. */
public final class ShipmentPages {

  private static final int PAGE_SIZE = 100;

  private ShipmentPages() {}

  /** {@code GET /v1/shipments}, all pages; {@code includeArchived} adds the archived ones. */
  public static List<JsonNode> all(Tenant tenant, boolean includeArchived) {
    List<JsonNode> shipments = new ArrayList<>();
    String query =
        "/v1/shipments?page_size=" + PAGE_SIZE + (includeArchived ? "&include_archived=true" : "");
    String beforeId = null;
    while (true) {
      String path = beforeId == null ? query : query + "&before_id=" + beforeId;
      JsonNode page = tenant.get(path).send().expect(200);
      page.path("shipments").forEach(shipments::add);
      if (!page.path("has_more").asBoolean(false) || page.path("shipments").isEmpty()) {
        return shipments;
      }
      beforeId = shipments.getLast().path("id").asText();
    }
  }
}
