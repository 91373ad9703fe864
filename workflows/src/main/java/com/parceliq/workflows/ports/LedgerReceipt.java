package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/**
 * The ledger entry a posting made (or found, when its idempotency key was already posted); {@code
 * entryId} is null when there was nothing to post (a refund of a charge that never happened).
 */
public record LedgerReceipt(String entryId, Money walletBalance) {}
