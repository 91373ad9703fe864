package com.parceliq.workflows.ports;

/**
 * A tenant's statement of one period.
 *
 * @param invoiceId {@code inv_...}
 * @param issuedNow true when this call issued it, false when it had been issued before
 * @param lines ledger transactions on it
 */
public record IssuedStatement(
    String invoiceId, String tenantId, String period, boolean issuedNow, int lines) {}
