package com.parceliq.activities.scanform;

/**
 * What the scan form checks need to know of one requested shipment, as the read model has it:
 * {@code carrierAccountId} is that of the bought rate (null: the platform's own), {@code
 * fromAddressJson} the origin as stored, {@code claimedBy} the scan form it is already on, if any.
 */
record ScanFormCandidate(
    String shipmentId,
    String status,
    String carrier,
    String carrierAccountId,
    String fromAddressJson,
    String trackingCode,
    String claimedBy) {}
