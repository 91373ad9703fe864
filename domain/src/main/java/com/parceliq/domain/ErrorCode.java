package com.parceliq.domain;

/**
 * Stable error codes shared by workflows (as {@code ApplicationFailure} types) and the API (as
 * {@code error.code}). The category decides the HTTP status at the edge.
 */
public enum ErrorCode {
  REQUEST_MALFORMED("REQUEST.MALFORMED", Category.MALFORMED),
  REQUEST_INVALID("REQUEST.INVALID", Category.VALIDATION),
  AUTH_UNAUTHENTICATED("AUTH.UNAUTHENTICATED", Category.UNAUTHENTICATED),
  AUTH_FORBIDDEN("AUTH.FORBIDDEN", Category.FORBIDDEN),
  /** The policy decision point could not decide (error, timeout): a deny, retryable. */
  AUTH_UNAVAILABLE("AUTH.UNAVAILABLE", Category.UNAVAILABLE),
  REQUEST_RATE_LIMITED("REQUEST.RATE_LIMITED", Category.RATE_LIMITED),
  NOT_FOUND("RESOURCE.NOT_FOUND", Category.NOT_FOUND),
  /** Revoking this key would leave the tenant without an active admin key. */
  API_KEY_LAST_ADMIN("API_KEY.LAST_ADMIN", Category.CONFLICT),
  IDEMPOTENCY_KEY_REUSED("IDEMPOTENCY.KEY_REUSED", Category.VALIDATION),
  IDEMPOTENCY_IN_FLIGHT("IDEMPOTENCY.IN_FLIGHT", Category.CONFLICT),
  SHIPMENT_INVALID_STATE("SHIPMENT.INVALID_STATE", Category.CONFLICT),
  /** Archived shipments are read-only: they can be read, never changed. */
  SHIPMENT_ARCHIVED("SHIPMENT.ARCHIVED", Category.CONFLICT),
  RATE_NOT_FOUND("RATE.NOT_FOUND", Category.VALIDATION),
  RATE_EXPIRED("RATE.EXPIRED", Category.VALIDATION),
  WALLET_INSUFFICIENT_FUNDS("WALLET.INSUFFICIENT_FUNDS", Category.INSUFFICIENT_FUNDS),
  WALLET_CURRENCY_UNSUPPORTED("WALLET.CURRENCY_UNSUPPORTED", Category.VALIDATION),
  CARRIER_REJECTED("CARRIER.REJECTED", Category.VALIDATION),
  CARRIER_AUTHENTICATION_FAILED("CARRIER.AUTHENTICATION_FAILED", Category.VALIDATION),
  CARRIER_UNSUPPORTED("CARRIER.UNSUPPORTED", Category.VALIDATION),
  CARRIER_UNAVAILABLE("CARRIER.UNAVAILABLE", Category.UNAVAILABLE),
  CARRIER_RATE_LIMITED("CARRIER.RATE_LIMITED", Category.UNAVAILABLE),
  CARRIER_TIMEOUT("CARRIER.TIMEOUT", Category.UNAVAILABLE),
  BATCH_INVALID_STATE("BATCH.INVALID_STATE", Category.CONFLICT),
  BATCH_CANCELLED("BATCH.CANCELLED", Category.CONFLICT),
  SCAN_FORM_INVALID_SHIPMENTS("SCAN_FORM.INVALID_SHIPMENTS", Category.VALIDATION),
  PICKUP_INVALID_STATE("PICKUP.INVALID_STATE", Category.CONFLICT),
  /** A carrier invoice file that cannot be read: unknown header, bad line, wrong carrier. */
  RECONCILIATION_INVALID_FILE("RECONCILIATION.INVALID_FILE", Category.VALIDATION),
  /** A reconciliation run's report is asked for before the run completed. */
  RECONCILIATION_NOT_READY("RECONCILIATION.NOT_READY", Category.CONFLICT),
  /** A claim cannot take this step in its current state (decided already, not yet filed). */
  CLAIM_INVALID_STATE("CLAIM.INVALID_STATE", Category.CONFLICT),
  /** The archive store (S3) cannot be read right now; retry later. */
  ARCHIVE_UNAVAILABLE("ARCHIVE.UNAVAILABLE", Category.UNAVAILABLE),
  DEPENDENCY_UNAVAILABLE("SERVICE.UNAVAILABLE", Category.UNAVAILABLE),
  INTERNAL("INTERNAL.ERROR", Category.INTERNAL);

  /** What kind of refusal this is; the API turns it into an HTTP status. */
  public enum Category {
    MALFORMED,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    VALIDATION,
    INSUFFICIENT_FUNDS,
    RATE_LIMITED,
    UNAVAILABLE,
    INTERNAL
  }

  private final String code;
  private final Category category;

  ErrorCode(String code, Category category) {
    this.code = code;
    this.category = category;
  }

  public String code() {
    return code;
  }

  public Category category() {
    return category;
  }

  public static java.util.Optional<ErrorCode> fromCode(String code) {
    for (ErrorCode candidate : values()) {
      if (candidate.code.equals(code)) {
        return java.util.Optional.of(candidate);
      }
    }
    return java.util.Optional.empty();
  }
}
