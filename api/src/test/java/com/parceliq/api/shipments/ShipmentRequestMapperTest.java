package com.parceliq.api.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.api.support.Requests;
import com.parceliq.workflows.shipment.NewShipment;
import org.junit.jupiter.api.Test;

class ShipmentRequestMapperTest {

  @Test
  void acceptedRequestBecomesTheWorkflowInputOfThatTenant() {
    NewShipment shipment =
        ShipmentRequestMapper.toNewShipment("ten_1", "shp_1", Requests.domesticShipment());

    assertThat(shipment.tenantId()).isEqualTo("ten_1");
    assertThat(shipment.shipmentId()).isEqualTo("shp_1");
    assertThat(shipment.to().zip()).isEqualTo("90277");
    assertThat(shipment.from().city()).isEqualTo("San Francisco");
    assertThat(shipment.parcel().weightOz()).isEqualByComparingTo("16");
    assertThat(shipment.reference()).isEqualTo("order-1");
    assertThat(shipment.options()).containsEntry("label_format", "pdf");
  }

  @Test
  void countryAndStateAreNormalizedAndBlankFieldsDropped() {
    AddressDto sloppy =
        new AddressDto(" ", null, " 1 Main St ", "", "Austin", "tx", "78701", "us", null, null);

    var address = ShipmentRequestMapper.toAddress(sloppy);

    assertThat(address.country()).isEqualTo("US");
    assertThat(address.state()).isEqualTo("TX");
    assertThat(address.street1()).isEqualTo("1 Main St");
    assertThat(address.name()).isNull();
    assertThat(address.street2()).isNull();
  }

  @Test
  void shipmentWithoutOptionsHasNone() {
    CreateShipmentRequest bare =
        new CreateShipmentRequest(
            Requests.domesticShipment().toAddress(),
            Requests.domesticShipment().fromAddress(),
            Requests.parcel("8"),
            null,
            null);

    NewShipment shipment = ShipmentRequestMapper.toNewShipment("ten_1", "shp_1", bare);

    assertThat(shipment.options()).isEmpty();
    assertThat(shipment.reference()).isNull();
  }
}
