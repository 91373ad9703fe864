package com.parceliq.it.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The carrier never created two labels for one purchase: in the simulator's {@code GET
 * /_control/stats}, no tracking code was created more than once (its codes derive from the
 * purchase, so a second label for the same purchase shows as {@code created: 2}).
 */
public final class LabelInvariant {

  static final String NAME = "labels";

  private LabelInvariant() {}

  public static List<Violation> check(JsonNode stats) {
    List<Violation> violations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> code : stats.path("by_tracking_code").properties()) {
      long created = code.getValue().path("created").asLong(0);
      if (created > 1) {
        violations.add(
            new Violation(NAME, code.getKey(), "the carrier created " + created + " labels"));
      }
    }
    return violations;
  }
}
