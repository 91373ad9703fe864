package com.parceliq.workflows.ports;

/** Everything the read model keeps about a bought label. */
public record PurchaseRecord(
    String tenantId,
    String shipmentId,
    String rateId,
    BoughtLabelSummary label,
    StoredLabel storedLabel,
    String ledgerEntryId) {}
