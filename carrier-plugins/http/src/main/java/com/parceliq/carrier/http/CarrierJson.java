package com.parceliq.carrier.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** JSON for carrier bodies: trees in, trees out, so adapters mirror each carrier's own shapes. */
public final class CarrierJson {

  public static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private CarrierJson() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static byte[] write(JsonNode tree) {
    try {
      return MAPPER.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      // A tree built by an adapter always serializes.
      throw new IllegalStateException("cannot serialize a carrier request", e);
    }
  }

  /** The body as JSON; a body that is not JSON (an HTML error page) is a missing node. */
  public static JsonNode tryParse(byte[] body) {
    if (body == null || body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      JsonNode tree = MAPPER.readTree(body);
      return tree == null ? MissingNode.getInstance() : tree;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }
}
