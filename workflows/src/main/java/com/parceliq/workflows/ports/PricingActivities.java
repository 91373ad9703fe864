package com.parceliq.workflows.ports;

import com.parceliq.domain.pricing.PricingRule;
import io.temporal.activity.ActivityInterface;
import java.util.List;

/** The tenant's pricing rules, which the shipment workflow applies to carriers' quotes. */
@ActivityInterface
public interface PricingActivities {

  /** Every rule of the tenant in force now (deleted rules excluded). */
  List<PricingRule> pricingRules(String tenantId);
}
