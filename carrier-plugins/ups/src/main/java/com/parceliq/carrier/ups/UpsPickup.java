package com.parceliq.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.PickupConfirmation;
import com.parceliq.carrier.spi.PickupRequest;
import com.parceliq.domain.Address;
import com.parceliq.domain.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Pickup: {@code POST /api/pickupcreation/v2409/pickup}, paid by the account ("01"), rated so UPS
 * returns the fee. UPS reads the date, ready and close times as local times at the pickup address:
 * we send the wall-clock time of the window in the offset it was given (the SPI's UTC unless the
 * caller passes the address's own offset). The idempotency key goes in ReferenceNumber when it fits
 * (35 characters) so a duplicate can be found; UPS answers a PRN as the confirmation.
 */
final class UpsPickup {

  static final String PATH = "/api/pickupcreation/v2409/pickup";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

  private UpsPickup() {}

  static PickupConfirmation call(UpsApi api, PickupRequest request) {
    return parse(api.post(PATH, request(request, api.accountNumber())));
  }

  static ObjectNode request(PickupRequest request, String accountNumber) {
    OffsetDateTime start = time("window_start", request.windowStart());
    OffsetDateTime end = time("window_end", request.windowEnd());
    Address address = request.address();
    String country = address.country().toUpperCase(Locale.ROOT);
    ObjectNode body = CarrierJson.object();
    ObjectNode pickup = body.putObject("PickupCreationRequest");
    pickup.put("RatePickupIndicator", "Y");
    pickup
        .putObject("Shipper")
        .putObject("Account")
        .put("AccountNumber", accountNumber)
        .put("AccountCountryCode", country);
    pickup
        .putObject("PickupDateInfo")
        .put("CloseTime", end.format(TIME))
        .put("ReadyTime", start.format(TIME))
        .put("PickupDate", start.format(DATE));
    pickup.set("PickupAddress", address(address, country));
    pickup.put("AlternateAddressIndicator", "Y");
    pickup
        .putArray("PickupPiece")
        .addObject()
        .put("ServiceCode", UpsServices.pickupCode(service(request)))
        .put("Quantity", String.valueOf(Math.max(1, count(request.trackingCodes()))))
        .put("DestinationCountryCode", country)
        .put("ContainerCode", "01");
    pickup.put("OverweightIndicator", "N");
    pickup.put("PaymentMethod", "01");
    if (UpsJson.notBlank(request.instructions())) {
      pickup.put("SpecialInstruction", UpsJson.truncate(request.instructions(), 57));
    }
    if (request.idempotencyKey() != null && request.idempotencyKey().length() <= 35) {
      pickup.put("ReferenceNumber", request.idempotencyKey());
    }
    return body;
  }

  private static ObjectNode address(Address address, String country) {
    ObjectNode node = CarrierJson.object();
    node.put(
        "CompanyName",
        UpsJson.truncate(UpsJson.firstNonBlank(address.company(), address.name()), 27));
    node.put("ContactName", UpsJson.truncate(address.name(), 22));
    node.put("AddressLine", address.street1());
    if (UpsJson.notBlank(address.street2())) {
      node.put("Room", UpsJson.truncate(address.street2(), 8));
    }
    node.put("City", address.city());
    if (UpsJson.notBlank(address.state())) {
      node.put("StateProvince", address.state());
    }
    node.put("PostalCode", address.zip());
    node.put("CountryCode", country);
    // No company: a home, which UPS prices with its residential surcharge.
    node.put("ResidentialIndicator", UpsJson.notBlank(address.company()) ? "N" : "Y");
    if (UpsJson.notBlank(address.phone())) {
      node.putObject("Phone").put("Number", UpsJson.digits(address.phone()));
    }
    return node;
  }

  static PickupConfirmation parse(JsonNode answer) {
    JsonNode response = answer.path("PickupCreationResponse");
    String prn = UpsJson.required(response, "PRN");
    JsonNode rate = response.path("RateResult");
    String total = UpsJson.text(rate, "GrandTotalOfAllCharge");
    if (total == null) {
      return new PickupConfirmation(prn, Money.zero(Money.USD));
    }
    String currency = UpsJson.text(rate, "CurrencyCode");
    try {
      return new PickupConfirmation(
          prn, new Money(new BigDecimal(total.strip()), currency == null ? Money.USD : currency));
    } catch (IllegalArgumentException e) {
      throw UpsJson.unexpected("GrandTotalOfAllCharge is not an amount: " + total);
    }
  }

  private static String service(PickupRequest request) {
    return UpsJson.notBlank(request.service()) ? request.service() : "ground";
  }

  private static int count(List<String> trackingCodes) {
    return trackingCodes == null ? 0 : trackingCodes.size();
  }

  private static OffsetDateTime time(String field, String value) {
    try {
      if (value != null) {
        return OffsetDateTime.parse(value);
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw new CarrierException(
        UpsCarrierPlugin.CODE,
        CarrierErrorKind.REJECTED,
        "pickup " + field + " is not an RFC 3339 time",
        List.of(new FieldError(field, "must be an RFC 3339 time")));
  }
}
