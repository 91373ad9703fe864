package com.parceliq.api.ops.invoicing;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.invoices.StatementPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Checks an invoice run request; every problem is reported at once as a 422 field error. */
final class InvoiceRunRequests {

  private static final int MAX_ID_LENGTH = 64;

  private InvoiceRunRequests() {}

  /** A valid request: a closed period and the tenant (null for every due tenant). */
  record Checked(StatementPeriod period, String tenantId) {}

  static Checked check(InvoiceRunBody body, Instant now, Predicate<String> tenantExists) {
    List<FieldError> errors = new ArrayList<>();
    String raw = body.period();
    Optional<StatementPeriod> period = StatementPeriod.parse(raw);
    if (raw == null || raw.isBlank()) {
      errors.add(new FieldError("period", "is required (a month, YYYY-MM)"));
    } else if (period.isEmpty()) {
      errors.add(new FieldError("period", "must be a month written YYYY-MM, e.g. 2026-01"));
    } else if (!period.get().isClosedAt(now)) {
      errors.add(
          new FieldError(
              "period",
              "must be a closed month, before "
                  + StatementPeriod.previous(now).month().plusMonths(1)));
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
    return new Checked(period.orElseThrow(), tenantId);
  }
}
