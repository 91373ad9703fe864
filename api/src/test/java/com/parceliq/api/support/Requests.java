package com.parceliq.api.support;

import com.parceliq.api.shipments.AddressDto;
import com.parceliq.api.shipments.CreateShipmentRequest;
import com.parceliq.api.shipments.ParcelDto;
import java.math.BigDecimal;
import java.util.Map;

/** Valid request bodies that tests break one field at a time. */
public final class Requests {

  private Requests() {}

  public static AddressDto address(String street1, String city, String state, String zip) {
    return new AddressDto(
        "Dr. Steve Brule", null, street1, null, city, state, zip, "US", "4155559999", null);
  }

  public static ParcelDto parcel(String weight) {
    return new ParcelDto(new BigDecimal(weight), new BigDecimal("10"), null, null);
  }

  public static CreateShipmentRequest shipment(AddressDto to, AddressDto from, ParcelDto parcel) {
    return new CreateShipmentRequest(to, from, parcel, "order-1", Map.of("label_format", "pdf"));
  }

  public static CreateShipmentRequest domesticShipment() {
    return shipment(
        address("179 N Harbor Dr", "Redondo Beach", "CA", "90277"),
        address("417 Montgomery Street", "San Francisco", "CA", "94104"),
        parcel("16"));
  }
}
