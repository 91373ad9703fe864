package com.parceliq.activities.pricing;

import com.parceliq.domain.Money;
import com.parceliq.domain.pricing.PricingRule;
import com.parceliq.store.PricingRuleEntity;
import com.parceliq.workflows.ports.PricingActivities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads a tenant's pricing rules in force for the shipment workflow to apply. */
@ApplicationScoped
public class PricingActivitiesImpl implements PricingActivities {

  @Override
  @Transactional
  public List<PricingRule> pricingRules(String tenantId) {
    return PricingRuleEntity.activeForTenant(tenantId).stream()
        .map(PricingActivitiesImpl::toRule)
        .toList();
  }

  static PricingRule toRule(PricingRuleEntity row) {
    return new PricingRule(
        row.id,
        row.carrier,
        row.service,
        PricingRule.Adjustment.fromWireName(row.adjustment)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "pricing rule " + row.id + " has unknown adjustment " + row.adjustment)),
        row.value,
        row.minimumAmount == null ? null : new Money(row.minimumAmount, row.minimumCurrency));
  }
}
