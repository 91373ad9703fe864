package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/**
 * Settles a purchase's hold against what the carrier actually charged. {@code held} is the amount
 * the hold set aside (the quote's price to the tenant); {@code charged} the carrier's charge;
 * {@code carrierQuoted} the carrier's rate the price was made from (null when the quote had no
 * pricing: the price was the carrier's rate). The tenant pays the price plus the carrier's
 * difference ({@code charged - carrierQuoted}); the key is unique per purchase.
 */
public record LabelSettlement(
    String tenantId,
    String shipmentId,
    String idempotencyKey,
    Money held,
    Money charged,
    String description,
    Money carrierQuoted) {

  /** The carrier's rate the price was made from. */
  public Money quotedByCarrier() {
    return carrierQuoted != null ? carrierQuoted : held;
  }
}
