package com.parceliq.domain.pricing;

import com.parceliq.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * A tenant's pricing rule: adjusts the carrier's rate of a carrier and service (null = any) by a
 * signed percentage or flat amount (positive marks up, negative marks down), with an optional
 * minimum charge. Pure data: {@link Pricing} decides which rule applies.
 */
public record PricingRule(
    String id,
    String carrier,
    String service,
    Adjustment adjustment,
    BigDecimal value,
    Money minimumCharge) {

  /** How {@code value} changes the carrier's amount. */
  public enum Adjustment {
    /** {@code value} percent of the carrier's amount, rounded half up to the cent. */
    PERCENT("percent"),
    /** {@code value} in the carrier amount's currency. */
    FLAT("flat");

    private final String wireName;

    Adjustment(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }

    public static java.util.Optional<Adjustment> fromWireName(String name) {
      for (Adjustment candidate : values()) {
        if (candidate.wireName.equals(name)) {
          return java.util.Optional.of(candidate);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /** A markdown of more than 100% would pay the tenant to ship. */
  static final BigDecimal LOWEST_PERCENT = new BigDecimal("-100");

  public PricingRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(adjustment, "adjustment");
    Objects.requireNonNull(value, "value");
    if (value.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("value has more than two decimal places: " + value);
    }
    value = value.setScale(2, RoundingMode.UNNECESSARY);
    if (adjustment == Adjustment.PERCENT && value.compareTo(LOWEST_PERCENT) < 0) {
      throw new IllegalArgumentException("a percentage markdown cannot exceed 100%: " + value);
    }
    if (minimumCharge != null && minimumCharge.belowZero()) {
      throw new IllegalArgumentException("minimum charge is negative: " + minimumCharge);
    }
    carrier = blankToNull(carrier);
    service = blankToNull(service);
  }

  /** Whether the rule covers this carrier's service (a null carrier or service covers any). */
  public boolean covers(String quotedCarrier, String quotedService) {
    return (carrier == null || carrier.equals(quotedCarrier))
        && (service == null || service.equals(quotedService));
  }

  /** 3 for carrier and service, 2 for a carrier, 1 for a service of any carrier, 0 for any. */
  public int specificity() {
    return (carrier != null ? 2 : 0) + (service != null ? 1 : 0);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
  }
}
