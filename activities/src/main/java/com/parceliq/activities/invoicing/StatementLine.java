package com.parceliq.activities.invoicing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One ledger transaction on a statement: how much it changed the tenant's funds (wallet plus wallet
 * holds; positive adds to them) and the balance after it.
 */
record StatementLine(
    Instant createdAt,
    String entryId,
    String kind,
    String shipmentId,
    String pickupId,
    String description,
    BigDecimal change,
    BigDecimal balanceAfter) {}
