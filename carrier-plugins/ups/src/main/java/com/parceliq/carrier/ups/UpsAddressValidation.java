package com.parceliq.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.spi.AddressValidation;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.domain.Address;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Street-level address validation: {@code POST
 * /api/addressvalidation/v2/1?regionalrequestindicator=False&maximumcandidatelistsize=1}. UPS
 * validates US and Puerto Rico addresses only (against USPS data); any other country is UNSUPPORTED
 * without a call. UPS answers one of ValidAddressIndicator (verified: the candidate is the
 * normalized address), AmbiguousAddressIndicator or NoCandidatesIndicator (not verified: the
 * address comes back as given). In the Customer Integration Environment UPS only knows NY and CA.
 */
final class UpsAddressValidation {

  static final String PATH =
      "/api/addressvalidation/v2/1?regionalrequestindicator=False&maximumcandidatelistsize=1";

  private static final Set<String> COUNTRIES = Set.of("US", "PR");

  private UpsAddressValidation() {}

  static AddressValidation call(UpsApi api, Address address) {
    if (address.country() == null
        || !COUNTRIES.contains(address.country().toUpperCase(Locale.ROOT))) {
      throw new CarrierException(
          UpsCarrierPlugin.CODE,
          CarrierErrorKind.UNSUPPORTED,
          "ups validates US and PR addresses only",
          List.of(new FieldError("country", "ups validates US and PR addresses only")));
    }
    return parse(api.post(PATH, request(address)), address);
  }

  static ObjectNode request(Address address) {
    ObjectNode body = CarrierJson.object();
    ObjectNode key = body.putObject("XAVRequest").putObject("AddressKeyFormat");
    String consignee = UpsJson.firstNonBlank(address.company(), address.name());
    if (UpsJson.notBlank(consignee)) {
      key.put("ConsigneeName", UpsJson.truncate(consignee, 40));
    }
    ArrayNode lines = key.putArray("AddressLine");
    lines.add(address.street1());
    if (UpsJson.notBlank(address.street2())) {
      lines.add(address.street2());
    }
    key.put("PoliticalDivision2", address.city());
    key.put("PoliticalDivision1", address.state());
    String zip = address.zip() == null ? "" : address.zip().strip();
    int dash = zip.indexOf('-');
    key.put("PostcodePrimaryLow", dash < 0 ? zip : zip.substring(0, dash));
    if (dash >= 0) {
      key.put("PostcodeExtendedLow", zip.substring(dash + 1));
    }
    key.put("CountryCode", address.country().toUpperCase(Locale.ROOT));
    return body;
  }

  static AddressValidation parse(JsonNode answer, Address given) {
    JsonNode response = answer.path("XAVResponse");
    if (!response.isObject()) {
      throw UpsJson.unexpected("address validation answer without XAVResponse");
    }
    List<JsonNode> candidates = UpsJson.list(response.path("Candidate"));
    if (response.has("ValidAddressIndicator") && !candidates.isEmpty()) {
      return new AddressValidation(normalized(given, candidates.get(0)), true, List.of());
    }
    if (response.has("AmbiguousAddressIndicator")) {
      return new AddressValidation(
          given, false, List.of(new FieldError("street1", "ambiguous: ups found several matches")));
    }
    return new AddressValidation(
        given, false, List.of(new FieldError("street1", "ups found no matching address")));
  }

  /** The candidate's street, city, state and ZIP+4; name, company, phone and email as given. */
  private static Address normalized(Address given, JsonNode candidate) {
    JsonNode key = candidate.path("AddressKeyFormat");
    List<JsonNode> lines = UpsJson.list(key.path("AddressLine"));
    if (key.path("AddressLine").isTextual()) {
      lines = List.of(key.path("AddressLine"));
    }
    String zip = UpsJson.required(key, "PostcodePrimaryLow");
    String extended = UpsJson.text(key, "PostcodeExtendedLow");
    return new Address(
        given.name(),
        given.company(),
        lines.isEmpty() ? given.street1() : lines.get(0).asText(),
        lines.size() > 1 ? lines.get(1).asText() : null,
        UpsJson.required(key, "PoliticalDivision2"),
        UpsJson.text(key, "PoliticalDivision1"),
        extended == null ? zip : zip + "-" + extended,
        UpsJson.required(key, "CountryCode"),
        given.phone(),
        given.email());
  }
}
