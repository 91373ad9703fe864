package com.parceliq.api.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.ConstraintViolations;
import com.parceliq.api.error.FieldError;
import com.parceliq.api.support.Validators;
import com.parceliq.domain.Money;
import com.parceliq.domain.pricing.PricingRule;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PricingRuleRequestsTest {

  @Test
  void aPercentMarkupWithAMinimumBecomesTheDomainRule() {
    PricingRule rule =
        PricingRuleRequests.toRule(
            "pr_1",
            new PricingRuleBody(
                "sandbox", "ground", "percent", "10", new MinimumChargeBody("5", "usd")));

    assertThat(rule)
        .isEqualTo(
            new PricingRule(
                "pr_1",
                "sandbox",
                "ground",
                PricingRule.Adjustment.PERCENT,
                new BigDecimal("10.00"),
                Money.usd("5.00")));
  }

  @Test
  void aFlatMarkdownForAnyCarrierHasNoCarrierServiceOrMinimum() {
    PricingRule rule =
        PricingRuleRequests.toRule("pr_1", new PricingRuleBody(null, null, "flat", "-1.00", null));

    assertThat(rule.carrier()).isNull();
    assertThat(rule.service()).isNull();
    assertThat(rule.value()).isEqualByComparingTo("-1.00");
    assertThat(rule.minimumCharge()).isNull();
  }

  @Test
  void aPercentMarkdownBeyondAHundredIsRefusedOnValue() {
    assertInvalid(new PricingRuleBody(null, null, "percent", "-100.01", null), "value");
  }

  @Test
  void aMinimumChargeInAnotherCurrencyIsRefusedOnItsCurrency() {
    assertInvalid(
        new PricingRuleBody(null, null, "flat", "1", new MinimumChargeBody("5.00", "EUR")),
        "minimum_charge.currency");
  }

  @Test
  void malformedFieldsAreNamedAsTheClientWroteThem() {
    PricingRuleBody body =
        new PricingRuleBody(
            "Sandbox!", null, "markup", "10.005", new MinimumChargeBody("-5.00", "USD"));

    assertThat(
            ConstraintViolations.toApiError(Validators.validator().validate(body)).errors().stream()
                .map(FieldError::field))
        .containsExactly("carrier", "minimum_charge.amount", "type", "value");
  }

  @Test
  void typeAndValueAreRequired() {
    assertThat(
            ConstraintViolations.toApiError(
                    Validators.validator()
                        .validate(new PricingRuleBody(null, null, null, null, null)))
                .errors()
                .stream()
                .map(FieldError::field))
        .containsExactly("type", "value");
  }

  private static void assertInvalid(PricingRuleBody body, String field) {
    assertThatThrownBy(() -> PricingRuleRequests.toRule("pr_1", body))
        .isInstanceOfSatisfying(
            ApiException.class,
            refusal -> {
              assertThat(refusal.code().code()).isEqualTo("REQUEST.INVALID");
              assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(field);
            });
  }
}
