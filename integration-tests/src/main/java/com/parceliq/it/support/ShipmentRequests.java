package com.parceliq.it.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** Valid request bodies for {@code POST /v1/shipments}; tests remove or break fields from them. */
public final class ShipmentRequests {

  private ShipmentRequests() {}

  /**
   * A domestic 16 oz parcel (dimensions are JSON numbers, as in EasyPost); the reference carries
   * the sandbox triggers (may be null).
   */
  public static ObjectNode domestic(String reference) {
    ObjectNode body = Json.object();
    body.set(
        "to_address",
        address("Dr. Steve Brule", "179 N Harbor Dr", "Redondo Beach", "CA", "90277"));
    body.set(
        "from_address",
        address("EasyPost", "417 Montgomery Street", "San Francisco", "CA", "94104"));
    ObjectNode parcel = body.putObject("parcel");
    parcel.put("weight", new BigDecimal("16.0"));
    parcel.put("length", new BigDecimal("10.0"));
    parcel.put("width", new BigDecimal("8.0"));
    parcel.put("height", new BigDecimal("4.0"));
    if (reference != null) {
      body.put("reference", reference);
    }
    return body;
  }

  public static ObjectNode address(
      String name, String street1, String city, String state, String zip) {
    ObjectNode address = Json.object();
    address.put("name", name);
    address.put("street1", street1);
    address.put("city", city);
    address.put("state", state);
    address.put("zip", zip);
    address.put("country", "US");
    address.put("phone", "4155559999");
    address.put("email", "shipping@example.com");
    return address;
  }
}
