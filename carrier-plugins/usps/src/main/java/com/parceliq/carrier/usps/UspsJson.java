package com.parceliq.carrier.usps;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.domain.Address;
import com.parceliq.domain.Money;
import com.parceliq.domain.Parcel;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * USPS JSON in and out. Answers are read with decimals as {@link BigDecimal} (USPS sends prices as
 * JSON numbers such as {@code 7.64}, which must never pass through a double). Units: USPS takes
 * weights in pounds and dimensions in inches; ParcelIQ weights are ounces.
 */
final class UspsJson {

  private static final ObjectReader READER =
      CarrierJson.MAPPER
          .reader()
          .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .with(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

  private static final BigDecimal OUNCES_PER_POUND = BigDecimal.valueOf(16);

  private UspsJson() {}

  /** The body as JSON; anything else (an HTML gateway page) is a missing node. */
  static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      JsonNode tree = READER.readTree(body);
      return tree == null ? MissingNode.getInstance() : tree;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  /**
   * Ounces to pounds: oz / 16 is always an exact decimal; it is then rounded UP to 4 decimal places
   * (0.0001 lb), so a parcel is never declared lighter than it is.
   */
  static BigDecimal pounds(BigDecimal ounces) {
    return plain(ounces.divide(OUNCES_PER_POUND).setScale(4, RoundingMode.CEILING));
  }

  /** Inches as given, rounded UP to 2 decimal places (never declared smaller than it is). */
  static BigDecimal inches(BigDecimal inches) {
    return plain(inches.setScale(2, RoundingMode.CEILING));
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Weight (lb) and, when the parcel has them, dimensions (in) into a USPS package object. */
  static void putParcel(ObjectNode target, Parcel parcel, boolean withUnits) {
    if (withUnits) {
      target.put("weightUOM", "lb");
    }
    target.put("weight", pounds(parcel.weightOz()));
    if (parcel.lengthIn() != null && parcel.widthIn() != null && parcel.heightIn() != null) {
      if (withUnits) {
        target.put("dimensionsUOM", "in");
      }
      target.put("length", inches(parcel.lengthIn()));
      target.put("width", inches(parcel.widthIn()));
      target.put("height", inches(parcel.heightIn()));
    }
  }

  /**
   * A domestic address as the Labels API wants it: the name split at its last space into first and
   * last name, the company as firm, ZIP+4 split in two.
   */
  static ObjectNode labelAddress(Address address) {
    ObjectNode node = CarrierJson.object();
    if (address.name() != null && !address.name().isBlank()) {
      String name = address.name().strip();
      int space = name.lastIndexOf(' ');
      node.put("firstName", space < 0 ? name : name.substring(0, space).strip());
      if (space >= 0) {
        node.put("lastName", name.substring(space + 1));
      }
    }
    putIfPresent(node, "firm", address.company());
    putStreetAndZip(node, address);
    putIfPresent(node, "phone", digits(address.phone()));
    putIfPresent(node, "email", address.email());
    return node;
  }

  static void putStreetAndZip(ObjectNode node, Address address) {
    putIfPresent(node, "streetAddress", address.street1());
    putIfPresent(node, "secondaryAddress", address.street2());
    putIfPresent(node, "city", address.city());
    putIfPresent(node, "state", address.state());
    putZip(node, address.zip());
  }

  static void putZip(ObjectNode node, String zip) {
    if (zip == null) {
      return;
    }
    String[] parts = zip.strip().split("[-\\s]", 2);
    node.put("ZIPCode", parts[0]);
    if (parts.length == 2 && !parts[1].isBlank()) {
      node.put("ZIPPlus4", parts[1].strip());
    }
  }

  /** The 5-digit ZIP Code of an address. */
  static String zip5(Address address) {
    ObjectNode node = CarrierJson.object();
    putZip(node, address.zip());
    return node.path("ZIPCode").asText(null);
  }

  private static String digits(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("\\D", "");
    // USPS wants the 10-digit US number; drop the +1 country code.
    return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
  }

  static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null && !value.isBlank()) {
      node.put(field, value.strip());
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null || value.isBlank()) {
      throw unexpected("answer without " + field);
    }
    return value;
  }

  /**
   * An exact USD amount from a JSON number or decimal string; more than cents is a broken answer.
   */
  static Money usd(JsonNode node, String field) {
    JsonNode value = node.path(field);
    BigDecimal amount;
    if (value.isNumber()) {
      amount = value.decimalValue();
    } else if (value.isTextual()) {
      try {
        amount = new BigDecimal(value.asText().strip());
      } catch (NumberFormatException e) {
        throw unexpected(field + " is not a decimal: " + value.asText());
      }
    } else {
      throw unexpected("answer without " + field);
    }
    try {
      return new Money(amount, Money.USD);
    } catch (IllegalArgumentException e) {
      throw unexpected(field + " has more than cents: " + amount.toPlainString());
    }
  }

  /** USPS answered 2xx with something this adapter cannot read: retrying cannot fix it. */
  static CarrierException unexpected(String detail) {
    return new CarrierException(
        UspsCarrierPlugin.CODE,
        CarrierErrorKind.REJECTED,
        "usps sent an unexpected answer: " + detail,
        List.of());
  }
}
