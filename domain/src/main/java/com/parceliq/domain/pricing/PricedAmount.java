package com.parceliq.domain.pricing;

import com.parceliq.domain.Money;

/** A carrier's amount after the tenant's pricing: what the tenant pays, and why. */
public record PricedAmount(Money price, Money carrierAmount, String explanation) {}
