package com.parceliq.carrier.spi;

import com.parceliq.domain.Money;

/** A scheduled pickup as the carrier confirmed it. */
public record PickupConfirmation(String confirmation, Money fee) {}
