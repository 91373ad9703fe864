package com.parceliq.domain.pricing;

import com.parceliq.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies a tenant's pricing rules to a carrier's amount. Deterministic, so that workflow code can
 * call it and replay gets the same price: the most specific covering rule wins (carrier and
 * service, then carrier, then service, then any), ties go to the lowest rule id (the oldest rule,
 * ids sort by creation), and the list's order never matters.
 */
public final class Pricing {

  public static final String NO_RULE = "carrier rate, no pricing rule";

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private static final Comparator<PricingRule> PRECEDENCE =
      Comparator.comparingInt(PricingRule::specificity).reversed().thenComparing(PricingRule::id);

  private Pricing() {}

  public static PricedAmount apply(
      List<PricingRule> rules, String carrier, String service, Money carrierAmount) {
    Optional<PricingRule> rule = select(rules, carrier, service);
    if (rule.isEmpty()) {
      return new PricedAmount(carrierAmount, carrierAmount, NO_RULE);
    }
    return price(rule.get(), carrier, service, carrierAmount);
  }

  /** The rule that prices this carrier's service, if any covers it. */
  public static Optional<PricingRule> select(
      List<PricingRule> rules, String carrier, String service) {
    return rules.stream().filter(rule -> rule.covers(carrier, service)).min(PRECEDENCE);
  }

  /**
   * What the tenant pays for a label whose carrier charge differs from the quote: the quoted price
   * plus the carrier's difference. The margin ({@code price - carrierQuoted}) stays as quoted.
   */
  public static Money tenantCharge(Money price, Money carrierQuoted, Money carrierCharged) {
    return price.plus(carrierCharged.minus(carrierQuoted));
  }

  private static PricedAmount price(
      PricingRule rule, String carrier, String service, Money carrierAmount) {
    Money change = change(rule, carrierAmount);
    Money adjusted = carrierAmount.plus(change);
    boolean markdown = rule.value().signum() < 0;
    StringBuilder explanation =
        new StringBuilder()
            .append(carrier)
            .append(' ')
            .append(service)
            .append(" list ")
            .append(carrierAmount.toDecimalString())
            .append(markdown ? " - " : " + ")
            .append(describe(rule))
            .append(markdown ? " markdown" : " markup")
            .append(" (rule ")
            .append(rule.id())
            .append(") = ")
            .append(adjusted.toDecimalString());
    Money price = adjusted;
    Money minimum = rule.minimumCharge();
    if (minimum != null) {
      explanation.append("; minimum ").append(minimum.toDecimalString());
      if (price.isLessThan(minimum)) {
        price = minimum;
        explanation.append(" applies = ").append(price.toDecimalString());
      }
    }
    if (price.belowZero()) {
      price = Money.zero(carrierAmount.currency());
      explanation.append("; never below zero = ").append(price.toDecimalString());
    }
    return new PricedAmount(price, carrierAmount, explanation.toString());
  }

  private static Money change(PricingRule rule, Money carrierAmount) {
    BigDecimal amount =
        switch (rule.adjustment()) {
          case PERCENT ->
              carrierAmount
                  .amount()
                  .multiply(rule.value())
                  .divide(HUNDRED, 2, RoundingMode.HALF_UP);
          case FLAT -> rule.value();
        };
    return new Money(amount, carrierAmount.currency());
  }

  private static String describe(PricingRule rule) {
    BigDecimal magnitude = rule.value().abs();
    return switch (rule.adjustment()) {
      case PERCENT -> magnitude.stripTrailingZeros().toPlainString() + "%";
      case FLAT -> magnitude.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    };
  }
}
