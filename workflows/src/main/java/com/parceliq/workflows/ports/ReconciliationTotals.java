package com.parceliq.workflows.ports;

import java.util.Map;

/**
 * A finished run as the event tells it. Amounts are decimal strings ("12.34", null when nothing was
 * classified); {@code summary} is per classification {labels, billed, difference, posted}.
 */
public record ReconciliationTotals(
    String runId,
    String status,
    String carrier,
    String invoiceNumber,
    long lines,
    long labels,
    Map<String, Map<String, Object>> summary,
    String billedTotal,
    String expectedTotal,
    String postedTotal,
    String reportKey,
    String failureCode) {}
