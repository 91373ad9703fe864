package com.parceliq.workflows.ports;

import java.math.BigDecimal;

/**
 * A manual correction of a tenant's wallet by a platform operator: {@code amount} is signed (a
 * credit to the wallet when positive), {@code reason} says why, {@code actor} who did it.
 */
public record LedgerAdjustment(
    String tenantId,
    String idempotencyKey,
    BigDecimal amount,
    String currency,
    String reason,
    String actor) {}
