package com.parceliq.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.domain.Money;
import com.parceliq.domain.pricing.PricingRule.Adjustment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PricingTest {

  private static final Money LIST = Money.usd("12.00");

  @Test
  void withoutRulesThePriceIsTheCarrierRate() {
    PricedAmount priced = Pricing.apply(List.of(), "ups", "ground", LIST);

    assertThat(priced.price()).isEqualTo(LIST);
    assertThat(priced.carrierAmount()).isEqualTo(LIST);
    assertThat(priced.explanation()).isEqualTo("carrier rate, no pricing rule");
  }

  @Test
  void rulesOfOtherCarriersOrServicesDoNotApply() {
    List<PricingRule> rules =
        List.of(percent("pr_1", "fedex", null, "10"), percent("pr_2", "ups", "express", "10"));

    PricedAmount priced = Pricing.apply(rules, "ups", "ground", LIST);

    assertThat(priced.price()).isEqualTo(LIST);
    assertThat(priced.explanation()).isEqualTo(Pricing.NO_RULE);
  }

  @Test
  void percentMarkupAddsTheShareOfTheCarrierRateAndExplainsIt() {
    PricedAmount priced =
        Pricing.apply(List.of(percent("pr_1", "ups", "ground", "10")), "ups", "ground", LIST);

    assertThat(priced.price()).isEqualTo(Money.usd("13.20"));
    assertThat(priced.carrierAmount()).isEqualTo(LIST);
    assertThat(priced.explanation())
        .isEqualTo("ups ground list 12.00 + 10% markup (rule pr_1) = 13.20");
  }

  @Test
  void percentIsRoundedHalfUpToTheCent() {
    // 10.05 * 2.5% = 0.25125 -> 0.25; 10.10 * 2.5% = 0.2525 -> 0.25; 10.30 * 2.5% = 0.2575 -> 0.26
    List<PricingRule> rules = List.of(percent("pr_1", null, null, "2.5"));

    assertThat(Pricing.apply(rules, "ups", "ground", Money.usd("10.05")).price())
        .isEqualTo(Money.usd("10.30"));
    assertThat(Pricing.apply(rules, "ups", "ground", Money.usd("10.10")).price())
        .isEqualTo(Money.usd("10.35"));
    assertThat(Pricing.apply(rules, "ups", "ground", Money.usd("10.30")).price())
        .isEqualTo(Money.usd("10.56"));
    // exactly half a cent rounds up: 10.00 * 0.05% = 0.005 -> 0.01
    assertThat(
            Pricing.apply(
                    List.of(percent("pr_1", null, null, "0.05")),
                    "ups",
                    "ground",
                    Money.usd("10.00"))
                .price())
        .isEqualTo(Money.usd("10.01"));
  }

  @Test
  void percentMarkdownRoundsHalfAwayFromZeroAndSaysMarkdown() {
    // 10.10 * -2.5% = -0.2525 -> -0.25
    PricedAmount priced =
        Pricing.apply(
            List.of(percent("pr_1", null, null, "-2.5")), "ups", "ground", Money.usd("10.10"));

    assertThat(priced.price()).isEqualTo(Money.usd("9.85"));
    assertThat(priced.explanation())
        .isEqualTo("ups ground list 10.10 - 2.5% markdown (rule pr_1) = 9.85");
  }

  @Test
  void flatMarkupAndMarkdownMoveThePriceByTheAmount() {
    assertThat(Pricing.apply(List.of(flat("pr_1", null, null, "1.50")), "ups", "ground", LIST))
        .isEqualTo(
            new PricedAmount(
                Money.usd("13.50"),
                LIST,
                "ups ground list 12.00 + 1.50 markup (rule pr_1) = 13.50"));
    assertThat(Pricing.apply(List.of(flat("pr_1", null, null, "-1")), "ups", "ground", LIST))
        .isEqualTo(
            new PricedAmount(
                Money.usd("11.00"),
                LIST,
                "ups ground list 12.00 - 1.00 markdown (rule pr_1) = 11.00"));
  }

  @Test
  void minimumChargeIsShownAndDoesNothingWhenThePriceIsAboveIt() {
    PricingRule rule = rule("pr_1", "ups", "ground", Adjustment.PERCENT, "10", Money.usd("5.00"));

    PricedAmount priced = Pricing.apply(List.of(rule), "ups", "ground", LIST);

    assertThat(priced.price()).isEqualTo(Money.usd("13.20"));
    assertThat(priced.explanation())
        .isEqualTo("ups ground list 12.00 + 10% markup (rule pr_1) = 13.20; minimum 5.00");
  }

  @Test
  void minimumChargeRaisesAPriceBelowIt() {
    PricingRule rule = rule("pr_1", null, null, Adjustment.FLAT, "-8.00", Money.usd("5.00"));

    PricedAmount priced = Pricing.apply(List.of(rule), "ups", "ground", LIST);

    assertThat(priced.price()).isEqualTo(Money.usd("5.00"));
    assertThat(priced.carrierAmount()).isEqualTo(LIST);
    assertThat(priced.explanation())
        .isEqualTo(
            "ups ground list 12.00 - 8.00 markdown (rule pr_1) = 4.00; minimum 5.00 applies ="
                + " 5.00");
  }

  @Test
  void minimumChargeAlsoRaisesAnUnadjustedCheapRate() {
    PricingRule rule = rule("pr_1", null, null, Adjustment.PERCENT, "0", Money.usd("5.00"));

    assertThat(Pricing.apply(List.of(rule), "ups", "ground", Money.usd("3.10")).price())
        .isEqualTo(Money.usd("5.00"));
  }

  @Test
  void thePriceNeverGoesBelowZero() {
    PricedAmount priced =
        Pricing.apply(List.of(flat("pr_1", null, null, "-20.00")), "ups", "ground", LIST);

    assertThat(priced.price()).isEqualTo(Money.usd("0.00"));
    assertThat(priced.explanation())
        .isEqualTo(
            "ups ground list 12.00 - 20.00 markdown (rule pr_1) = -8.00; never below zero = 0.00");
  }

  @Test
  void aHundredPercentMarkdownIsFreeAndMoreIsRefused() {
    assertThat(
            Pricing.apply(List.of(percent("pr_1", null, null, "-100")), "ups", "ground", LIST)
                .price())
        .isEqualTo(Money.usd("0.00"));
    assertThatThrownBy(() -> percent("pr_1", null, null, "-100.01"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void carrierAndServiceBeatCarrierWhichBeatsServiceWhichBeatsAny() {
    PricingRule any = percent("pr_a", null, null, "1");
    PricingRule serviceOnly = percent("pr_b", null, "ground", "2");
    PricingRule carrierOnly = percent("pr_c", "ups", null, "3");
    PricingRule both = percent("pr_d", "ups", "ground", "4");

    assertThat(Pricing.select(List.of(any, serviceOnly, carrierOnly, both), "ups", "ground"))
        .contains(both);
    assertThat(Pricing.select(List.of(any, serviceOnly, carrierOnly), "ups", "ground"))
        .contains(carrierOnly);
    assertThat(Pricing.select(List.of(any, serviceOnly), "ups", "ground")).contains(serviceOnly);
    assertThat(Pricing.select(List.of(any), "ups", "ground")).contains(any);
    assertThat(Pricing.select(List.of(any, serviceOnly, carrierOnly, both), "ups", "express"))
        .contains(carrierOnly);
    assertThat(Pricing.select(List.of(any, serviceOnly, carrierOnly, both), "fedex", "express"))
        .contains(any);
  }

  @Test
  void equallySpecificRulesTieToTheLowestIdWhateverTheOrder() {
    PricingRule older = percent("pr_01", "ups", null, "5");
    PricingRule newer = percent("pr_02", "ups", null, "50");
    List<PricingRule> rules = new ArrayList<>(List.of(newer, older));

    for (int i = 0; i < 2; i++) {
      assertThat(Pricing.apply(rules, "ups", "ground", LIST).price()).isEqualTo(Money.usd("12.60"));
      Collections.reverse(rules);
    }
  }

  @Test
  void carrierAndServiceAreMatchedCaseInsensitivelyAsRulesStoreThemLowercase() {
    PricingRule rule = percent("pr_1", " UPS ", "Ground", "10");

    assertThat(rule.carrier()).isEqualTo("ups");
    assertThat(rule.service()).isEqualTo("ground");
    assertThat(Pricing.apply(List.of(rule), "ups", "ground", LIST).price())
        .isEqualTo(Money.usd("13.20"));
  }

  @Test
  void valuesWithMoreThanTwoDecimalsOrNegativeMinimumsAreRefused() {
    assertThatThrownBy(() -> percent("pr_1", null, null, "1.005"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rule("pr_1", null, null, Adjustment.FLAT, "1", Money.usd("-0.01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tenantChargePassesTheCarriersDifferenceThroughAndKeepsTheMargin() {
    Money price = Money.usd("13.20");
    Money quoted = Money.usd("12.00");

    assertThat(Pricing.tenantCharge(price, quoted, Money.usd("12.00"))).isEqualTo(price);
    assertThat(Pricing.tenantCharge(price, quoted, Money.usd("14.50")))
        .isEqualTo(Money.usd("15.70"));
    assertThat(Pricing.tenantCharge(Money.usd("11.00"), quoted, Money.usd("11.50")))
        .isEqualTo(Money.usd("10.50"));
  }

  @Test
  void adjustmentKindsHaveWireNames() {
    assertThat(Adjustment.fromWireName("percent")).contains(Adjustment.PERCENT);
    assertThat(Adjustment.fromWireName("flat")).contains(Adjustment.FLAT);
    assertThat(Adjustment.fromWireName("PERCENT")).isEmpty();
  }

  private static PricingRule percent(String id, String carrier, String service, String value) {
    return rule(id, carrier, service, Adjustment.PERCENT, value, null);
  }

  private static PricingRule flat(String id, String carrier, String service, String value) {
    return rule(id, carrier, service, Adjustment.FLAT, value, null);
  }

  private static PricingRule rule(
      String id,
      String carrier,
      String service,
      Adjustment adjustment,
      String value,
      Money minimum) {
    return new PricingRule(id, carrier, service, adjustment, new BigDecimal(value), minimum);
  }
}
