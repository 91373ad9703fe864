package com.parceliq.carrier.spi;

import com.parceliq.domain.Money;

/** What one pickup service of a carrier costs for the asked window and parcels. */
public record PickupRate(String service, Money fee) {}
