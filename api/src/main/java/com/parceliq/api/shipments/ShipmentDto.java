package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ShipmentDto(
    String id,
    String object,
    String status,
    String reference,
    AddressDto toAddress,
    AddressDto fromAddress,
    ParcelDto parcel,
    Map<String, String> options,
    List<RateDto> rates,
    RateDto selectedRate,
    String trackingCode,
    String trackerId,
    PostageLabelDto postageLabel,
    String refundStatus,
    List<FeeDto> fees,
    boolean needsAttention,
    Instant createdAt,
    Instant updatedAt,
    boolean archived) {

  public static final String OBJECT = "Shipment";
}
