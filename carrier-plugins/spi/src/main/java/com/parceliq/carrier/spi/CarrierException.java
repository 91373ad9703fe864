package com.parceliq.carrier.spi;

import java.util.List;

/** A carrier call failed; {@link #kind()} says whether retrying can help. */
public class CarrierException extends RuntimeException {

  private final String carrier;
  private final CarrierErrorKind kind;
  private final List<FieldError> fieldErrors;

  public CarrierException(
      String carrier, CarrierErrorKind kind, String message, List<FieldError> fieldErrors) {
    super(message);
    this.carrier = carrier;
    this.kind = kind;
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public CarrierException(String carrier, CarrierErrorKind kind, String message, Throwable cause) {
    super(message, cause);
    this.carrier = carrier;
    this.kind = kind;
    this.fieldErrors = List.of();
  }

  public static CarrierException unsupported(String carrier, Capability capability) {
    return new CarrierException(
        carrier,
        CarrierErrorKind.UNSUPPORTED,
        carrier + " does not support " + capability.name().toLowerCase(java.util.Locale.ROOT),
        List.of());
  }

  public String carrier() {
    return carrier;
  }

  public CarrierErrorKind kind() {
    return kind;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  public boolean retryable() {
    return kind.retryable();
  }
}
