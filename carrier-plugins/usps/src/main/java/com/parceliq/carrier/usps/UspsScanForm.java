package com.parceliq.carrier.usps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.Manifest;
import com.parceliq.carrier.spi.ManifestRequest;
import java.util.List;

/**
 * Manifest: a SCAN Form (PS Form 5630) for labels, {@code POST /scan-forms/v3/scan-form} with the
 * label shipment's tracking numbers, mailed today from the shipper's address (its ZIP Code is the
 * entry facility). The answer is multipart: the form's JSON (with {@code manifestNumber}, the
 * manifest id) and the 8.5x11 PDF, Base64 text.
 */
final class UspsScanForm {

  static final String PATH = "/scan-forms/v3/scan-form";

  private UspsScanForm() {}

  static Manifest call(UspsClient client, ManifestRequest request) {
    HttpAnswer answer = client.postJson(PATH, request(request, client.today()));
    if (!answer.isSuccess()) {
      throw UspsErrors.from("scan form", answer);
    }
    return parse(answer);
  }

  static ObjectNode request(ManifestRequest request, String mailingDate) {
    ObjectNode body = CarrierJson.object();
    body.put("form", "5630");
    body.put("imageType", "PDF");
    body.put("labelType", "8.5x11LABEL");
    body.put("mailingDate", mailingDate);
    body.put("overwriteMailingDate", false);
    body.put("entryFacilityZIPCode", UspsJson.zip5(request.from()));
    body.put("destinationEntryFacilityType", "NONE");
    ArrayNode numbers = body.putObject("shipment").putArray("trackingNumbers");
    request.trackingCodes().forEach(numbers::add);
    ObjectNode from = UspsJson.labelAddress(request.from());
    ObjectNode address = CarrierJson.object();
    UspsJson.putStreetAndZip(address, request.from());
    ObjectNode fromAddress = body.putObject("fromAddress");
    for (String field : List.of("firstName", "lastName", "firm")) {
      if (from.has(field)) {
        fromAddress.set(field, from.get(field));
      }
    }
    fromAddress.set("address", address);
    return body;
  }

  static Manifest parse(HttpAnswer answer) {
    if (!UspsMultipart.isMultipart(answer)) {
      throw UspsJson.unexpected("scan form answer is not multipart");
    }
    List<UspsMultipart.Part> parts = UspsMultipart.parse(answer);
    JsonNode metadata =
        UspsMultipart.find(parts, "SCANFormMetadata", true)
            .map(part -> UspsJson.parse(part.body()))
            .orElseThrow(() -> UspsJson.unexpected("scan form answer without its JSON part"));
    byte[] document =
        UspsMultipart.find(parts, "SCANFormImage", false)
            .map(UspsMultipart.Part::file)
            .orElseThrow(() -> UspsJson.unexpected("scan form answer without its form image"));
    return new Manifest(UspsJson.required(metadata, "manifestNumber"), LabelFormat.PDF, document);
  }
}
