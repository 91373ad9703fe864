package com.parceliq.carrier.fedex;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.domain.Address;
import com.parceliq.domain.Money;
import com.parceliq.domain.Parcel;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * FedEx's JSON building blocks: parties, packages and money.
 *
 * <p>Units: FedEx takes weight in pounds with one decimal place and dimensions as whole inches. Our
 * parcels are in ounces and inches, so weight is {@code oz / 16} rounded UP to 0.1 lb and each
 * dimension rounded UP to the next inch: a declared parcel is never lighter or smaller than the
 * real one (FedEx bills whole pounds anyway, and under-declaring earns an adjustment charge).
 *
 * <p>Money: FedEx sends charges as JSON numbers; they are read from the text as {@link BigDecimal}
 * (never through a double) and must have at most two decimal places.
 */
final class FedexJson {

  private static final ObjectReader READER =
      CarrierJson.MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final BigDecimal OUNCES_PER_POUND = BigDecimal.valueOf(16);

  private FedexJson() {}

  /** The body as JSON with exact decimals; a body that is not JSON is a missing node. */
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

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.asText().isBlank() ? value.asText() : null;
  }

  static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      throw FedexErrors.unexpected("answer without " + field);
    }
    return value;
  }

  /** {@code amount} (a JSON number or decimal string) as exact money. */
  static Money money(JsonNode amount, String currency) {
    if (!(amount.isNumber() || amount.isTextual()) || currency == null) {
      throw FedexErrors.unexpected("charge without amount or currency");
    }
    try {
      return new Money(new BigDecimal(amount.asText()), currency);
    } catch (IllegalArgumentException e) {
      throw FedexErrors.unexpected("charge " + amount.asText() + " is not an exact amount");
    }
  }

  /** A shipper or recipient: {@code address} always, {@code contact} for shipping. */
  static ObjectNode party(Address address, boolean withContact) {
    ObjectNode party = CarrierJson.object();
    if (withContact) {
      ObjectNode contact = party.putObject("contact");
      putIfPresent(contact, "personName", address.name());
      putIfPresent(contact, "companyName", address.company());
      putIfPresent(contact, "phoneNumber", address.phone());
      putIfPresent(contact, "emailAddress", address.email());
    }
    party.set("address", address(address));
    return party;
  }

  static ObjectNode address(Address address) {
    ObjectNode node = CarrierJson.object();
    ArrayNode streets = node.putArray("streetLines");
    if (address.street1() != null && !address.street1().isBlank()) {
      streets.add(address.street1());
    }
    if (address.street2() != null && !address.street2().isBlank()) {
      streets.add(address.street2());
    }
    putIfPresent(node, "city", address.city());
    putIfPresent(node, "stateOrProvinceCode", address.state());
    putIfPresent(node, "postalCode", address.zip());
    putIfPresent(node, "countryCode", address.country());
    return node;
  }

  /**
   * One {@code requestedPackageLineItems} entry: weight, and dimensions when all three are known.
   */
  static ObjectNode packageLineItem(Parcel parcel) {
    ObjectNode item = CarrierJson.object();
    ObjectNode weight = item.putObject("weight");
    weight.put("units", "LB");
    weight.put("value", pounds(parcel.weightOz()));
    if (parcel.lengthIn() != null && parcel.widthIn() != null && parcel.heightIn() != null) {
      ObjectNode dimensions = item.putObject("dimensions");
      dimensions.put("length", wholeInches(parcel.lengthIn()));
      dimensions.put("width", wholeInches(parcel.widthIn()));
      dimensions.put("height", wholeInches(parcel.heightIn()));
      dimensions.put("units", "IN");
    }
    return item;
  }

  /** Ounces to pounds, rounded up to 0.1 lb and never below it. */
  static BigDecimal pounds(BigDecimal ounces) {
    BigDecimal pounds = ounces.divide(OUNCES_PER_POUND, 1, RoundingMode.CEILING);
    return pounds.signum() > 0 ? pounds : new BigDecimal("0.1");
  }

  /** Inches rounded up to a whole inch, at least 1. */
  static int wholeInches(BigDecimal inches) {
    return Math.max(1, inches.setScale(0, RoundingMode.CEILING).intValueExact());
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null && !value.isBlank()) {
      node.put(field, value);
    }
  }
}
