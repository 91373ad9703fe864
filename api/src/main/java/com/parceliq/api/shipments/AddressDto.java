package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A postal address as EasyPost spells it; required: street1, city, zip, country (state in US).
 * Control characters are refused: "\u0002" is not blank, but carriers trim it away, so a city of
 * control characters came back verified and empty (found by API fuzzing, docs/fuzzing.md).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@StateRequiredInUs
public record AddressDto(
    @Size(max = 100) @Pattern(regexp = NO_CONTROLS, message = NO_CONTROLS_MESSAGE) String name,
    @Size(max = 100) @Pattern(regexp = NO_CONTROLS, message = NO_CONTROLS_MESSAGE) String company,
    @NotBlank @Size(max = 100) @Pattern(regexp = NO_CONTROLS, message = NO_CONTROLS_MESSAGE)
        String street1,
    @Size(max = 100) @Pattern(regexp = NO_CONTROLS, message = NO_CONTROLS_MESSAGE) String street2,
    @NotBlank @Size(max = 100) @Pattern(regexp = NO_CONTROLS, message = NO_CONTROLS_MESSAGE)
        String city,
    @Size(max = 50) @Pattern(regexp = NO_CONTROLS, message = NO_CONTROLS_MESSAGE) String state,
    @NotBlank @Size(max = 20) @Pattern(regexp = NO_CONTROLS, message = NO_CONTROLS_MESSAGE)
        String zip,
    @NotBlank
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO 3166 country code")
        String country,
    @Size(max = 40) @Pattern(regexp = NO_CONTROLS, message = NO_CONTROLS_MESSAGE) String phone,
    @Email @Size(max = 254) @Pattern(regexp = NO_CONTROLS, message = NO_CONTROLS_MESSAGE)
        String email) {

  /** No C0 control character nor DEL; written so the OpenAPI document's pattern works anywhere. */
  static final String NO_CONTROLS = "[^\\x00-\\x1F\\x7F]*";

  static final String NO_CONTROLS_MESSAGE = "must not contain control characters";
}
