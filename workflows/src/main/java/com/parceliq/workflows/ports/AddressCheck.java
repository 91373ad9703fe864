package com.parceliq.workflows.ports;

import com.parceliq.domain.Address;

/**
 * An address for one carrier to verify.
 *
 * @param carrierAccountId the tenant's carrier account to call with; null for the platform's own
 *     contract
 */
public record AddressCheck(
    String tenantId, String carrier, String carrierAccountId, Address address) {}
