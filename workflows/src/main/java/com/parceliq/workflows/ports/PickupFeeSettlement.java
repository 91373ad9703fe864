package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/**
 * The pickup's hold turned into the fee the carrier charged: {@code held} is what the hold set
 * aside, {@code charged} what the carrier confirmed; the wallet gives back or pays the difference.
 */
public record PickupFeeSettlement(
    String tenantId,
    String pickupId,
    String idempotencyKey,
    Money held,
    Money charged,
    String description) {}
