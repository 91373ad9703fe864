package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.spi.AddressValidation;
import com.parceliq.domain.Address;
import java.util.Optional;

/** Address validation: {@code POST /v1/addresses/verify} with the address as the body. */
final class AddressValidationCall {

  static final String PATH = "/v1/addresses/verify";

  private AddressValidationCall() {}

  static AddressValidation call(SandboxClient client, Address address) {
    return parse(client.post(PATH, request(address), Optional.empty()));
  }

  static ObjectNode request(Address address) {
    return SandboxJson.address(address);
  }

  static AddressValidation parse(JsonNode answer) {
    if (!answer.path("verified").isBoolean() || !answer.path("address").isObject()) {
      throw SandboxJson.unexpected("address verification without verified/address");
    }
    return new AddressValidation(
        SandboxJson.address(answer.get("address")),
        answer.get("verified").booleanValue(),
        SandboxJson.fieldErrors(answer.path("errors")));
  }
}
