package com.parceliq.api.pricing;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.Money;
import com.parceliq.domain.pricing.PricingRule;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The checks of a pricing rule request that annotations cannot express: a percentage markdown is at
 * most 100% (beyond, ParcelIQ would pay the tenant to ship) and money is USD, like the wallet.
 */
final class PricingRuleRequests {

  private static final BigDecimal LOWEST_PERCENT = new BigDecimal("-100");

  private PricingRuleRequests() {}

  /** The domain rule {@code id} would be, or a 422 naming the offending field. */
  static PricingRule toRule(String id, PricingRuleBody body) {
    PricingRule.Adjustment adjustment =
        PricingRule.Adjustment.fromWireName(body.type())
            .orElseThrow(() -> ApiException.invalidField("type", "must be percent or flat"));
    BigDecimal value = new BigDecimal(body.value());
    if (adjustment == PricingRule.Adjustment.PERCENT && value.compareTo(LOWEST_PERCENT) < 0) {
      throw ApiException.invalidField("value", "a percent markdown must not exceed -100");
    }
    return new PricingRule(
        id, body.carrier(), body.service(), adjustment, value, minimumCharge(body));
  }

  private static Money minimumCharge(PricingRuleBody body) {
    if (body.minimumCharge() == null) {
      return null;
    }
    String currency = body.minimumCharge().currency().strip().toUpperCase(Locale.ROOT);
    if (!Money.USD.equals(currency)) {
      throw ApiException.invalidField("minimum_charge.currency", "must be USD");
    }
    return Money.of(body.minimumCharge().amount(), currency);
  }
}
