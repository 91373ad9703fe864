package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/**
 * One movement of a tenant's money for a pickup's fee. {@code idempotencyKey} is unique per
 * posting: posting the same key twice changes nothing the second time.
 */
public record PickupPosting(
    String tenantId, String pickupId, String idempotencyKey, Money amount, String description) {}
