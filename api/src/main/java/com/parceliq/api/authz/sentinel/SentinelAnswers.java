package com.parceliq.api.authz.sentinel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.authz.Decision;

/**
 * Reads Sentinel's answer {@code {"decision": "allow"|"deny", "reason": ..., "quarantined": ...}}.
 * Only a well-formed allow for a principal not marked quarantined allows; anything Sentinel did not
 * clearly say is unavailable.
 */
final class SentinelAnswers {

  private SentinelAnswers() {}

  static Decision read(ObjectMapper json, int status, String body) {
    if (status < 200 || status > 299) {
      return Decision.unavailable("Sentinel answered HTTP " + status);
    }
    JsonNode answer;
    try {
      answer = json.readTree(body);
    } catch (Exception e) {
      return Decision.unavailable("Sentinel's answer is not JSON");
    }
    if (answer == null || !answer.isObject()) {
      return Decision.unavailable("Sentinel's answer is not a JSON object");
    }
    String reason = answer.path("reason").isTextual() ? answer.path("reason").asText() : null;
    if (answer.path("quarantined").asBoolean(false)) {
      return Decision.deny("Sentinel: the principal is quarantined" + suffix(reason));
    }
    JsonNode decision = answer.path("decision");
    if (!decision.isTextual()) {
      return Decision.unavailable("Sentinel's answer has no decision");
    }
    return switch (decision.asText()) {
      case "allow" -> Decision.allow("Sentinel" + suffix(reason));
      case "deny" -> Decision.deny("Sentinel" + suffix(reason));
      default -> Decision.unavailable("Sentinel answered an unknown decision");
    };
  }

  private static String suffix(String reason) {
    return reason == null || reason.isBlank() ? "" : ": " + reason;
  }
}
