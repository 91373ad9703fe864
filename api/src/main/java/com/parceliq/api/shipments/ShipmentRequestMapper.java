package com.parceliq.api.shipments;

import com.parceliq.domain.Address;
import com.parceliq.domain.Parcel;
import com.parceliq.workflows.shipment.NewShipment;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A validated create request as the shipment workflow's input. */
public final class ShipmentRequestMapper {

  private ShipmentRequestMapper() {}

  public static NewShipment toNewShipment(
      String tenantId, String shipmentId, CreateShipmentRequest request) {
    ParcelDto parcel = request.parcel();
    return new NewShipment(
        tenantId,
        shipmentId,
        toAddress(request.fromAddress()),
        toAddress(request.toAddress()),
        new Parcel(parcel.weight(), parcel.length(), parcel.width(), parcel.height()),
        blankToNull(request.reference()),
        request.options() == null ? Map.of() : new TreeMap<>(request.options()));
  }

  public static Address toAddress(AddressDto address) {
    return new Address(
        blankToNull(address.name()),
        blankToNull(address.company()),
        address.street1().strip(),
        blankToNull(address.street2()),
        address.city().strip(),
        address.state() == null ? null : blankToNull(address.state().toUpperCase(Locale.ROOT)),
        address.zip().strip(),
        address.country().strip().toUpperCase(Locale.ROOT),
        blankToNull(address.phone()),
        blankToNull(address.email()));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
