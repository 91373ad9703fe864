package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;
import com.parceliq.domain.pricing.PricedAmount;
import java.time.Instant;

/**
 * A priced carrier service the shipper can buy until {@code expiresAt}, quoted on the tenant's
 * carrier account {@code carrierAccountId} (null: the platform's own contract). {@code amount} is
 * the tenant's price (what a purchase holds), {@code carrierAmount} the carrier's own rate and
 * {@code pricing} how the tenant's pricing rules turned one into the other.
 */
public record RateQuote(
    String rateId,
    String carrier,
    String carrierAccountId,
    String service,
    Money amount,
    int deliveryDays,
    Instant expiresAt,
    Money carrierAmount,
    String pricing) {

  /** A carrier's quote before pricing: the price is the carrier's rate until a rule says else. */
  public RateQuote(
      String rateId,
      String carrier,
      String carrierAccountId,
      String service,
      Money amount,
      int deliveryDays,
      Instant expiresAt) {
    this(rateId, carrier, carrierAccountId, service, amount, deliveryDays, expiresAt, amount, null);
  }

  /** This quote at the tenant's price. */
  public RateQuote withPrice(PricedAmount priced) {
    return new RateQuote(
        rateId,
        carrier,
        carrierAccountId,
        service,
        priced.price(),
        deliveryDays,
        expiresAt,
        priced.carrierAmount(),
        priced.explanation());
  }

  /**
   * The carrier's rate this quote was priced from; the price itself for quotes made before pricing
   * existed (their histories carry no carrier amount).
   */
  public Money quotedCarrierAmount() {
    return carrierAmount != null ? carrierAmount : amount;
  }
}
