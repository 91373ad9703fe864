package com.parceliq.it.support;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Bodies for {@code POST /v1/addresses/validate}. */
public final class AddressRequests {

  private AddressRequests() {}

  /** A deliverable US address written the way people type it: lower case, ZIP+4. */
  public static ObjectNode sloppyButValid() {
    ObjectNode address =
        Json.object()
            .put("name", "Jo Doe")
            .put("street1", "9 elm st")
            .put("street2", "apt 4")
            .put("city", "portland")
            .put("state", "or")
            .put("zip", "97201-1234")
            .put("country", "us");
    return body(address);
  }

  /** Passes the API's checks but not the carrier's: a US ZIP code of four digits. */
  public static ObjectNode withAShortUsZip() {
    ObjectNode body = sloppyButValid();
    ((ObjectNode) body.path("address")).put("zip", "9720");
    return body;
  }

  public static ObjectNode body(ObjectNode address) {
    ObjectNode body = Json.object();
    body.set("address", address);
    return body;
  }
}
