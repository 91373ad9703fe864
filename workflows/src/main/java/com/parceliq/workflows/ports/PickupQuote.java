package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/** One pickup service a carrier offered, with the fee it asked; {@code rateId} is ours. */
public record PickupQuote(String rateId, String carrier, String service, Money fee) {}
