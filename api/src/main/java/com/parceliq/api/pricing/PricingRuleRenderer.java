package com.parceliq.api.pricing;

import com.parceliq.api.http.Decimals;
import com.parceliq.store.PricingRuleEntity;

final class PricingRuleRenderer {

  private PricingRuleRenderer() {}

  static PricingRuleDto render(PricingRuleEntity row) {
    return new PricingRuleDto(
        row.id,
        PricingRuleDto.OBJECT,
        row.carrier,
        row.service,
        row.adjustment,
        Decimals.money(row.value),
        row.minimumAmount == null
            ? null
            : new PricingRuleDto.MinimumCharge(
                Decimals.money(row.minimumAmount), row.minimumCurrency),
        row.createdAt);
  }
}
