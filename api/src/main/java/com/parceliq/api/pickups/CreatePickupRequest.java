package com.parceliq.api.pickups;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.parceliq.api.shipments.AddressDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /v1/pickups}: collect {@code shipments} (or every shipment of {@code batch_id}) at
 * {@code address} between {@code min_datetime} and {@code max_datetime} (RFC 3339).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreatePickupRequest(
    @NotNull @Valid AddressDto address,
    @NotBlank @Size(max = 64) String minDatetime,
    @NotBlank @Size(max = 64) String maxDatetime,
    @Size(max = PickupRequests.MAX_SHIPMENTS) List<@NotBlank @Size(max = 64) String> shipments,
    @Size(max = 64) String batchId,
    @Size(max = 500) String instructions,
    @Size(max = 255) String reference) {}
