package com.parceliq.workflows.wallet;

import com.parceliq.domain.Money;

/** Funds a tenant adds to its wallet. */
public record DepositRequest(
    String tenantId, String depositId, Money amount, String idempotencyKey) {}
