package com.parceliq.workflows.address;

import com.parceliq.domain.Address;

/**
 * What a tenant asks to have verified.
 *
 * @param carrier the carrier to ask; null lets the platform choose the tenant's first carrier that
 *     validates addresses
 * @param carrierAccountId the tenant's carrier account to call with; null for the platform's own
 */
public record AddressValidationRequest(
    String tenantId, String carrier, String carrierAccountId, Address address) {}
