package com.parceliq.api.ops.archival;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.ErrorCode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Checks a run request; every problem is reported at once as a 422 field error. */
final class ArchivalRunRequests {

  private static final int MAX_ID_LENGTH = 64;

  private ArchivalRunRequests() {}

  /** A valid request: the cutoff and the tenant (null for every tenant). */
  record Checked(Instant completedBefore, String tenantId) {}

  static Checked check(ArchivalRunBody body, Instant now, Predicate<String> tenantExists) {
    List<FieldError> errors = new ArrayList<>();
    Instant cutoff = null;
    String raw = body.completedBefore();
    if (raw == null || raw.isBlank()) {
      errors.add(new FieldError("completed_before", "is required (an RFC 3339 instant)"));
    } else {
      try {
        // RFC 3339 demands an offset: OffsetDateTime refuses a local date-time.
        cutoff = OffsetDateTime.parse(raw.strip()).toInstant();
        if (cutoff.isAfter(now)) {
          errors.add(new FieldError("completed_before", "must not be in the future"));
        }
      } catch (DateTimeParseException e) {
        errors.add(
            new FieldError(
                "completed_before", "must be an RFC 3339 instant, e.g. 2026-01-01T00:00:00Z"));
      }
    }
    String tenantId = body.tenantId() == null ? null : body.tenantId().strip();
    if (tenantId != null
        && (tenantId.isEmpty()
            || tenantId.length() > MAX_ID_LENGTH
            || !tenantExists.test(tenantId))) {
      errors.add(new FieldError("tenant_id", "no tenant with id " + tenantId));
    }
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorCode.REQUEST_INVALID, "The request has invalid fields.", errors);
    }
    return new Checked(cutoff, tenantId);
  }
}
