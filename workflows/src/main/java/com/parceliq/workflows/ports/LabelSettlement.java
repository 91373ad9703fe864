package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/**
 * Settles a purchase's hold against what the carrier actually charged. {@code held} is the amount
 * the hold set aside (the quote); {@code charged} the carrier's charge; the key is unique per
 * purchase.
 */
public record LabelSettlement(
    String tenantId,
    String shipmentId,
    String idempotencyKey,
    Money held,
    Money charged,
    String description) {}
