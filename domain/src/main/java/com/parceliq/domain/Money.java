package com.parceliq.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An exact amount of money: two decimal places, never floating point. */
public record Money(BigDecimal amount, String currency) {

  public static final String USD = "USD";

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("amount has more than two decimal places: " + amount);
    }
    amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    currency = currency.toUpperCase(java.util.Locale.ROOT);
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  public static Money usd(String amount) {
    return of(amount, USD);
  }

  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  // No is*/get* accessors besides the record components: Temporal's Jackson converter would
  // serialize them as extra properties.

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public boolean exceedsZero() {
    return amount.signum() > 0;
  }

  public boolean belowZero() {
    return amount.signum() < 0;
  }

  public boolean isLessThan(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount) < 0;
  }

  /** This amount, or {@code cap} when that is less: what may be used of what is left. */
  public Money atMost(Money cap) {
    return cap.isLessThan(this) ? cap : this;
  }

  /** The wire form: a decimal string such as {@code "12.30"}. */
  public String toDecimalString() {
    return amount.toPlainString();
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "currency mismatch: " + currency + " vs " + other.currency);
    }
  }
}
