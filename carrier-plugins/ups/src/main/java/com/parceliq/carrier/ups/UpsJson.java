package com.parceliq.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.domain.Address;
import com.parceliq.domain.Money;
import com.parceliq.domain.Parcel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * UPS's JSON shapes shared by several capabilities: parties with addresses, packages, money. UPS
 * answers some lists as a single object when they hold one element (older API versions), so lists
 * are always read through {@link #list(JsonNode)}.
 */
final class UpsJson {

  private UpsJson() {}

  /** A shipper / ship-to / ship-from party: UPS's Name (35), AttentionName, Phone and Address. */
  static ObjectNode party(Address address) {
    ObjectNode party = CarrierJson.object();
    party.put("Name", truncate(firstNonBlank(address.company(), address.name()), 35));
    if (notBlank(address.name())) {
      party.put("AttentionName", truncate(address.name(), 35));
    }
    if (notBlank(address.phone())) {
      party.putObject("Phone").put("Number", digits(address.phone()));
    }
    party.set("Address", address(address));
    return party;
  }

  static ObjectNode address(Address address) {
    ObjectNode node = CarrierJson.object();
    ArrayNode lines = node.putArray("AddressLine");
    lines.add(address.street1());
    if (notBlank(address.street2())) {
      lines.add(address.street2());
    }
    node.put("City", address.city());
    if (notBlank(address.state())) {
      node.put("StateProvinceCode", address.state());
    }
    node.put("PostalCode", address.zip());
    node.put("CountryCode", address.country().toUpperCase(Locale.ROOT));
    return node;
  }

  /**
   * One customer-supplied package ("02"): weight in pounds, dimensions in inches when all three are
   * given. Rating calls the packaging {@code PackagingType}, Shipping calls it {@code Packaging}.
   */
  static ObjectNode parcel(Parcel parcel, String packagingKey) {
    ObjectNode node = CarrierJson.object();
    node.putObject(packagingKey).put("Code", "02").put("Description", "Package");
    if (parcel.lengthIn() != null && parcel.widthIn() != null && parcel.heightIn() != null) {
      ObjectNode dimensions = node.putObject("Dimensions");
      dimensions.putObject("UnitOfMeasurement").put("Code", "IN").put("Description", "Inches");
      dimensions.put("Length", UpsUnits.inches(parcel.lengthIn()));
      dimensions.put("Width", UpsUnits.inches(parcel.widthIn()));
      dimensions.put("Height", UpsUnits.inches(parcel.heightIn()));
    }
    ObjectNode weight = node.putObject("PackageWeight");
    weight.putObject("UnitOfMeasurement").put("Code", "LBS").put("Description", "Pounds");
    weight.put("Weight", UpsUnits.pounds(parcel.weightOz()));
    return node;
  }

  /** A list UPS may send as an array or, holding one element, as a bare object. */
  static List<JsonNode> list(JsonNode node) {
    List<JsonNode> result = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(result::add);
    } else if (node.isObject()) {
      result.add(node);
    }
    return result;
  }

  /** {"CurrencyCode": "USD", "MonetaryValue": "12.30"} as exact money. */
  static Money money(JsonNode charge) {
    String value = required(charge, "MonetaryValue");
    try {
      return new Money(new BigDecimal(value.strip()), required(charge, "CurrencyCode"));
    } catch (IllegalArgumentException e) {
      throw unexpected("MonetaryValue is not an amount of money: " + value);
    }
  }

  static String required(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isValueNode() || value.asText().isBlank()) {
      throw unexpected("missing field " + field);
    }
    return value.asText();
  }

  /** An optional text field; null when absent or blank. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.asText().isBlank() ? value.asText() : null;
  }

  /** UPS answered 2xx with a body we cannot read: its API changed under us; retrying won't help. */
  static CarrierException unexpected(String what) {
    return new CarrierException(
        UpsCarrierPlugin.CODE,
        CarrierErrorKind.REJECTED,
        "unexpected ups answer: " + what,
        List.of());
  }

  static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  static String firstNonBlank(String first, String second) {
    return notBlank(first) ? first : second;
  }

  static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  static String digits(String phone) {
    return phone.replaceAll("[^0-9]", "");
  }
}
