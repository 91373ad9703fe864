package com.parceliq.api.addresses;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.parceliq.api.shipments.AddressDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code POST /v1/addresses/validate}: the address, and optionally which carrier (and which of the
 * tenant's accounts with it) should verify it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ValidateAddressRequest(
    @NotNull @Valid AddressDto address,
    @Pattern(regexp = "[A-Za-z0-9_-]{1,50}", message = "must be a carrier code such as sandbox")
        String carrier,
    @Pattern(
            regexp = "[A-Za-z0-9_-]{1,100}",
            message = "must be one of your carrier account ids (ca_...)")
        String carrierAccountId) {}
