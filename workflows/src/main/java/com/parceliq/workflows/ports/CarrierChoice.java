package com.parceliq.workflows.ports;

/**
 * A carrier a tenant can use and on whose contract: the tenant's own carrier account, or the
 * platform's when {@code carrierAccountId} is null (the sandbox carrier needs no account).
 */
public record CarrierChoice(String carrier, String carrierAccountId) {}
