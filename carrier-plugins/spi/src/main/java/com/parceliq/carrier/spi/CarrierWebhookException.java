package com.parceliq.carrier.spi;

/** A carrier webhook refused by its parser: not signed by the carrier, or not a push at all. */
public final class CarrierWebhookException extends RuntimeException {

  public enum Kind {
    /** Missing, forged or stale signature: the push may not be from the carrier. */
    UNAUTHENTICATED,
    /** Signed, but not a push this parser understands. */
    MALFORMED
  }

  private final Kind kind;

  public CarrierWebhookException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public static CarrierWebhookException unauthenticated(String message) {
    return new CarrierWebhookException(Kind.UNAUTHENTICATED, message);
  }

  public static CarrierWebhookException malformed(String message) {
    return new CarrierWebhookException(Kind.MALFORMED, message);
  }

  public Kind kind() {
    return kind;
  }
}
