package com.parceliq.activities.ledger;

import com.parceliq.domain.Money;
import java.math.RoundingMode;

/** How much of a label refund comes out of the pricing margin rather than the carrier payable. */
final class RefundShares {

  private RefundShares() {}

  /**
   * The margin's share of refunding {@code amount} out of {@code refundable}: all of {@code
   * unreversedMargin} for a full refund (exact to the cent), else in proportion, half up.
   */
  static Money margin(Money amount, Money refundable, Money unreversedMargin) {
    if (!amount.isLessThan(refundable) || !refundable.exceedsZero()) {
      return unreversedMargin;
    }
    return new Money(
        unreversedMargin
            .amount()
            .multiply(amount.amount())
            .divide(refundable.amount(), 2, RoundingMode.HALF_UP),
        unreversedMargin.currency());
  }
}
