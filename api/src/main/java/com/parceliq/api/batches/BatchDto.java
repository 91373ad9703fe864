package com.parceliq.api.batches;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * A batch as EasyPost shows it: its state, how many shipments stand where ({@code status}), each
 * shipment with its own {@code batch_status} and error, and the merged label once generated. {@code
 * in_flight} counts the purchases under way while the batch is purchasing.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BatchDto(
    String id,
    String object,
    String state,
    String reference,
    long numShipments,
    Status status,
    int inFlight,
    List<Member> shipments,
    String carrier,
    String service,
    String labelUrl,
    String labelFormat,
    String scanForm,
    String lastErrorCode,
    String lastErrorMessage,
    Instant createdAt,
    Instant updatedAt) {

  static final String OBJECT = "Batch";

  /** The counts per shipment status within the batch. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Status(long queuedForPurchase, long postagePurchased, long postagePurchaseFailed) {}

  /** One shipment of the batch. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Member(
      String id,
      String batchStatus,
      String batchMessage,
      String errorCode,
      String reference,
      String trackingCode) {}
}
