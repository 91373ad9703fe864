package com.parceliq.api.carriers;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/carrier_accounts}: the tenant's own contract with a carrier. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CarrierAccountBody(
    @NotBlank
        @Pattern(regexp = "[a-z][a-z0-9_-]{1,31}", message = "must be a carrier code such as ups")
        @Schema(example = "ups")
        String carrier,
    @Size(max = 200) @Schema(example = "Main warehouse UPS account") String description,
    @NotNull
        @Size(max = 20, message = "must hold at most 20 credentials")
        @Schema(
            description =
                "The carrier's credentials, as the carrier names them (see the carrier's README);"
                    + " encrypted at rest and never returned",
            example =
                "{\"client_id\": \"...\", \"client_secret\": \"...\", \"account_number\": \"...\"}")
        Map<String, String> credentials,
    @Schema(description = "Call the carrier's test environment; default false") Boolean testMode) {

  @Override
  public String toString() {
    // A body in a log line or an exception message must not carry the credentials.
    return "CarrierAccountBody[carrier="
        + carrier
        + ", credentials="
        + (credentials == null ? null : credentials.keySet())
        + ", testMode="
        + testMode
        + "]";
  }
}
