package com.parceliq.api.pickups;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.parceliq.api.shipments.AddressDto;
import java.time.Instant;
import java.util.List;

/**
 * A pickup as EasyPost shows it: {@code status} {@code unknown} until bought, then {@code
 * scheduled} (with the carrier's {@code confirmation} and the fee paid) or {@code canceled}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PickupDto(
    String id,
    String object,
    String status,
    String reference,
    AddressDto address,
    Instant minDatetime,
    Instant maxDatetime,
    String instructions,
    String batchId,
    List<String> shipments,
    List<PickupRateDto> pickupRates,
    String carrier,
    String service,
    String confirmation,
    String fee,
    String currency,
    Instant createdAt,
    Instant updatedAt) {

  public static final String OBJECT = "Pickup";
}
