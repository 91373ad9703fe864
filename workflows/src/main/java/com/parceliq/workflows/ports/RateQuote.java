package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;
import java.time.Instant;

/** A priced carrier service the shipper can buy until {@code expiresAt}. */
public record RateQuote(
    String rateId,
    String carrier,
    String service,
    Money amount,
    int deliveryDays,
    Instant expiresAt) {}
