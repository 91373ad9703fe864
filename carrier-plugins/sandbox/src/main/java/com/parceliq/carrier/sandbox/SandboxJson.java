package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.domain.Address;
import com.parceliq.domain.Money;
import com.parceliq.domain.Parcel;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox wire format, field by field. Written out by hand rather than bound to the domain
 * records, so renaming a domain field can never silently change what goes to the carrier.
 */
final class SandboxJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private SandboxJson() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ObjectNode address(Address address) {
    ObjectNode node = object();
    putIfPresent(node, "name", address.name());
    putIfPresent(node, "company", address.company());
    putIfPresent(node, "street1", address.street1());
    putIfPresent(node, "street2", address.street2());
    putIfPresent(node, "city", address.city());
    putIfPresent(node, "state", address.state());
    putIfPresent(node, "zip", address.zip());
    putIfPresent(node, "country", address.country());
    putIfPresent(node, "phone", address.phone());
    putIfPresent(node, "email", address.email());
    return node;
  }

  static Address address(JsonNode node) {
    return new Address(
        text(node, "name"),
        text(node, "company"),
        text(node, "street1"),
        text(node, "street2"),
        text(node, "city"),
        text(node, "state"),
        text(node, "zip"),
        text(node, "country"),
        text(node, "phone"),
        text(node, "email"));
  }

  static ObjectNode parcel(Parcel parcel) {
    ObjectNode node = object();
    putIfPresent(node, "weight_oz", parcel.weightOz());
    putIfPresent(node, "length_in", parcel.lengthIn());
    putIfPresent(node, "width_in", parcel.widthIn());
    putIfPresent(node, "height_in", parcel.heightIn());
    return node;
  }

  static List<FieldError> fieldErrors(JsonNode errors) {
    List<FieldError> result = new ArrayList<>();
    for (JsonNode error : errors) {
      result.add(new FieldError(error.path("field").asText(""), error.path("message").asText("")));
    }
    return result;
  }

  /** {@code amountField} as exact money in the node's {@code currency}. */
  static Money money(JsonNode node, String amountField) {
    String amount = required(node, amountField);
    try {
      return Money.of(amount, required(node, "currency"));
    } catch (IllegalArgumentException e) {
      throw unexpected(amountField + " is not an amount: " + amount);
    }
  }

  /** A field a successful answer must have; its absence means the carrier's API changed. */
  static String required(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isValueNode() || value.isNull() || value.asText().isEmpty()) {
      throw unexpected("missing field " + field);
    }
    return value.asText();
  }

  /** An optional text field; null when absent. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  static JsonNode parse(byte[] body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw unexpected("answer is not JSON");
    }
  }

  /** Parses an error body leniently: a proxy's HTML page must not hide the status code. */
  static JsonNode tryParse(byte[] body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  /**
   * A 2xx answer we cannot read. Retryable: such answers come from proxies and half-deployed
   * carrier releases, and every write call carries an idempotency key.
   */
  static CarrierException unexpected(String what) {
    return new CarrierException(
        SandboxCarrierPlugin.CODE,
        CarrierErrorKind.UNAVAILABLE,
        "unexpected sandbox answer: " + what,
        List.of());
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static void putIfPresent(ObjectNode node, String field, BigDecimal value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
