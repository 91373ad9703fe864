package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;

/**
 * What must stay the same when a shipment moves to the archive: its rendering minus the {@code
 * archived} flag, with the presigned label URL reduced to its stable parts (the signature and
 * expiry in its query are made afresh on every read).
 */
public final class ArchivedRendering {

  private ArchivedRendering() {}

  public static JsonNode comparable(JsonNode shipment) {
    ObjectNode copy = shipment.deepCopy();
    copy.remove("archived");
    JsonNode label = copy.path("postage_label");
    if (label instanceof ObjectNode labelNode && label.path("label_url").isTextual()) {
      URI url = URI.create(label.path("label_url").asText());
      labelNode.put("label_url", url.getScheme() + "://" + url.getAuthority() + url.getPath());
    }
    return copy;
  }
}
