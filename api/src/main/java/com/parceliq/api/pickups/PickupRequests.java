package com.parceliq.api.pickups;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.ErrorCode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks of a pickup request beyond bean validation: an RFC 3339 window that ends after it starts
 * and has not ended yet, and exactly one way of naming the shipments.
 */
final class PickupRequests {

  static final int MAX_SHIPMENTS = 500;

  /** The window, as instants. */
  record Window(Instant min, Instant max) {}

  private PickupRequests() {}

  static Window requireValid(CreatePickupRequest request, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Instant> min = instant("min_datetime", request.minDatetime(), errors);
    Optional<Instant> max = instant("max_datetime", request.maxDatetime(), errors);
    if (min.isPresent() && max.isPresent() && !max.get().isAfter(min.get())) {
      errors.add(new FieldError("max_datetime", "must be after min_datetime"));
    } else if (max.isPresent() && !max.get().isAfter(now)) {
      errors.add(new FieldError("max_datetime", "must be in the future"));
    }
    boolean hasShipments = request.shipments() != null && !request.shipments().isEmpty();
    boolean hasBatch = request.batchId() != null && !request.batchId().isBlank();
    if (hasShipments == hasBatch) {
      errors.add(new FieldError("shipments", "give either shipments or batch_id, not both"));
    }
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorCode.REQUEST_INVALID, "The request has invalid fields.", errors);
    }
    return new Window(min.orElseThrow(), max.orElseThrow());
  }

  private static Optional<Instant> instant(String field, String value, List<FieldError> errors) {
    try {
      return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be an RFC 3339 timestamp, e.g. 2026-03-03T09:00:00Z"));
      return Optional.empty();
    }
  }
}
