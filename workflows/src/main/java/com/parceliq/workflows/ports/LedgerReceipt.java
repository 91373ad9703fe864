package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/** The ledger entry a posting made (or found, when its idempotency key was already posted). */
public record LedgerReceipt(String entryId, Money walletBalance) {}
