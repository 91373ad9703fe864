package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;
import java.time.Instant;

/**
 * A priced carrier service the shipper can buy until {@code expiresAt}, quoted on the tenant's
 * carrier account {@code carrierAccountId} (null: the platform's own contract).
 */
public record RateQuote(
    String rateId,
    String carrier,
    String carrierAccountId,
    String service,
    Money amount,
    int deliveryDays,
    Instant expiresAt) {}
