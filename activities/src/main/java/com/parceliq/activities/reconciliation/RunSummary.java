package com.parceliq.activities.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * The run's {@code summary} jsonb, per classification {labels, billed, difference, posted}, with
 * exact decimal strings; a page adds the labels it classified.
 */
final class RunSummary {

  private final ObjectNode root;

  private RunSummary(ObjectNode root) {
    this.root = root;
  }

  static RunSummary parse(ObjectMapper json, String text) {
    try {
      JsonNode node = text == null ? null : json.readTree(text);
      return new RunSummary(node instanceof ObjectNode object ? object : json.createObjectNode());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable reconciliation summary", e);
    }
  }

  void add(String classification, BigDecimal billed, BigDecimal difference, BigDecimal posted) {
    ObjectNode entry =
        root.has(classification)
            ? (ObjectNode) root.get(classification)
            : root.putObject(classification);
    entry.put("labels", entry.path("labels").asLong(0) + 1);
    entry.put("billed", sum(entry, "billed", billed));
    entry.put("difference", sum(entry, "difference", difference));
    entry.put("posted", sum(entry, "posted", posted));
  }

  String text() {
    return root.toString();
  }

  private static String sum(ObjectNode entry, String field, BigDecimal amount) {
    BigDecimal before = new BigDecimal(entry.path(field).asText("0"));
    BigDecimal plus = amount == null ? BigDecimal.ZERO : amount;
    return before.add(plus).setScale(2).toPlainString();
  }
}
