package com.parceliq.api.addresses;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.parceliq.api.error.FieldError;
import com.parceliq.api.shipments.AddressDto;
import java.util.List;

/**
 * A carrier's verdict: the address as the carrier normalized it (as sent when it could not verify
 * it), whether it is verified, what is wrong with it, and which carrier answered.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AddressValidationDto(
    AddressDto address, boolean verified, List<FieldError> errors, String carrier) {}
