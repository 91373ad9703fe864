package com.parceliq.api.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShipmentOutcomeTest {

  @Test
  void finishedOperationAnswersOkWithTheShipment() {
    ShipmentDto shipment = shipment("purchased");

    Response response = ShipmentOutcome.finished(shipment).toResponse();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getEntity()).isSameAs(shipment);
    assertThat(response.getLocation()).isNull();
  }

  @Test
  void operationStillRunningAnswersAcceptedWithWhereToPoll() {
    ShipmentDto shipment = shipment("rated");

    Response response = ShipmentOutcome.stillRunning(shipment).toResponse();

    assertThat(response.getStatus()).isEqualTo(202);
    assertThat(response.getEntity()).isSameAs(shipment);
    assertThat(response.getLocation()).hasToString("/v1/shipments/shp_1");
  }

  private static ShipmentDto shipment(String status) {
    return new ShipmentDto(
        "shp_1",
        ShipmentDto.OBJECT,
        status,
        null,
        null,
        null,
        null,
        Map.of(),
        List.of(),
        null,
        null,
        null,
        null,
        null,
        List.of(),
        false,
        Instant.EPOCH,
        Instant.EPOCH,
        false);
  }
}
