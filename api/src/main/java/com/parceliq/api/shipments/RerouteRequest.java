package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** {@code POST /v1/shipments/{id}/reroute}: where the parcel should go instead. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RerouteRequest(@NotNull @Valid AddressDto toAddress) {}
