package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/** A claim as the carrier is told of it, on the account its label was bought with. */
public record ClaimFiling(
    String tenantId,
    String claimId,
    String carrier,
    String carrierAccountId,
    String trackingCode,
    String type,
    Money amount,
    String description) {}
