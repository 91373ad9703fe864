package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/**
 * One movement of a tenant's money tied to a shipment. {@code idempotencyKey} is unique per
 * posting: posting the same key twice changes nothing the second time.
 */
public record WalletPosting(
    String tenantId, String shipmentId, String idempotencyKey, Money amount, String description) {}
