package com.parceliq.workflows.shipment;

import com.parceliq.domain.Address;
import com.parceliq.domain.Money;
import com.parceliq.workflows.ports.ShipmentFee;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of a shipment event: a compact Shipment (no rates, no label link, which expires)
 * with the API's snake_case names and money as decimal strings. Every shipment event has the same
 * keys, null where the shipment has no value yet, so a receiver can read any of them one way.
 */
final class ShipmentEventData {

  static final String OBJECT = "Shipment";

  private ShipmentEventData() {}

  static Map<String, Object> of(ShipmentState state) {
    ShipmentSnapshot snapshot = state.snapshot();
    Money charged = state.charged();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("object", OBJECT);
    data.put("id", snapshot.shipmentId());
    data.put("status", snapshot.status());
    data.put("reference", state.shipment().reference());
    data.put("to_address", address(state.destination()));
    data.put("carrier", snapshot.carrier());
    data.put("service", snapshot.service());
    data.put("tracking_code", snapshot.trackingCode());
    data.put("selected_rate_id", snapshot.selectedRateId());
    data.put("label_amount", charged == null ? null : charged.toDecimalString());
    data.put("label_currency", charged == null ? null : charged.currency());
    data.put("refund_status", snapshot.refundStatus());
    data.put("fees", fees(state.fees()));
    return data;
  }

  private static Map<String, Object> address(Address address) {
    if (address == null) {
      return null;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", address.name());
    fields.put("company", address.company());
    fields.put("street1", address.street1());
    fields.put("street2", address.street2());
    fields.put("city", address.city());
    fields.put("state", address.state());
    fields.put("zip", address.zip());
    fields.put("country", address.country());
    fields.put("phone", address.phone());
    fields.put("email", address.email());
    return fields;
  }

  private static List<Map<String, Object>> fees(List<ShipmentFee> fees) {
    return fees.stream()
        .map(
            fee -> {
              Map<String, Object> fields = new LinkedHashMap<>();
              fields.put("type", fee.type());
              fields.put("amount", fee.amount().toDecimalString());
              fields.put("currency", fee.amount().currency());
              return fields;
            })
        .toList();
  }
}
