package com.parceliq.carrier.spi;

import com.parceliq.domain.Money;

/** One service's price as the carrier quoted it. */
public record CarrierRate(String carrier, String service, Money amount, int deliveryDays) {}
