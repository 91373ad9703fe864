package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** {@code POST /v1/shipments}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateShipmentRequest(
    @NotNull @Valid AddressDto toAddress,
    @NotNull @Valid AddressDto fromAddress,
    @NotNull @Valid ParcelDto parcel,
    @Size(max = 255) String reference,
    @Size(max = 50) Map<@NotBlank @Size(max = 64) String, @Size(max = 500) String> options) {}
