package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address as EasyPost spells it; required: street1, city, zip, country (state in US). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@StateRequiredInUs
public record AddressDto(
    @Size(max = 100) String name,
    @Size(max = 100) String company,
    @NotBlank @Size(max = 100) String street1,
    @Size(max = 100) String street2,
    @NotBlank @Size(max = 100) String city,
    @Size(max = 50) String state,
    @NotBlank @Size(max = 20) String zip,
    @NotBlank
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO 3166 country code")
        String country,
    @Size(max = 40) String phone,
    @Email @Size(max = 254) String email) {}
