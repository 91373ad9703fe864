package com.parceliq.api.audit;

import com.parceliq.api.error.ApiException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code ?action=&decision=&resource_id=} filters of {@code GET /v1/audit}; null means "any". A
 * malformed value is a 422: it could only ever match nothing, silently.
 */
public record AuditFilter(String action, String decision, String resourceId) {

  private static final Pattern ACTION = Pattern.compile("[a-z][a-z_]{0,63}");
  private static final Set<String> DECISIONS = Set.of("allow", "deny");
  private static final int MAX_ID_LENGTH = 64;

  public static AuditFilter parse(String action, String decision, String resourceId) {
    return new AuditFilter(parseAction(action), parseDecision(decision), parseId(resourceId));
  }

  static String parseAction(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String action = raw.strip().toLowerCase(Locale.ROOT);
    if (!ACTION.matcher(action).matches()) {
      throw ApiException.invalidField(
          "action", "must be an action name such as purchase_label or refund");
    }
    return action;
  }

  static String parseDecision(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String decision = raw.strip().toLowerCase(Locale.ROOT);
    if (!DECISIONS.contains(decision)) {
      throw ApiException.invalidField("decision", "must be allow or deny");
    }
    return decision;
  }

  static String parseId(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.length() > MAX_ID_LENGTH) {
      throw ApiException.invalidField("resource_id", "must be the id of a resource");
    }
    return raw.strip();
  }
}
