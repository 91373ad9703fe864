package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import java.util.Locale;
import java.util.Optional;

/**
 * Label purchase: {@code POST /v1/shipments} with the request's idempotency key in the
 * Idempotency-Key header, so a retry after a timeout gets the label the carrier already made.
 */
final class PurchaseCall {

  static final String PATH = "/v1/shipments";

  private PurchaseCall() {}

  static PurchasedLabel call(SandboxClient client, PurchaseRequest request) {
    return parse(
        client.post(PATH, request(request), Optional.ofNullable(request.idempotencyKey())));
  }

  static ObjectNode request(PurchaseRequest request) {
    ObjectNode body = SandboxJson.object();
    body.set("from_address", SandboxJson.address(request.from()));
    body.set("to_address", SandboxJson.address(request.to()));
    body.set("parcel", SandboxJson.parcel(request.parcel()));
    body.put("service", request.service());
    if (request.reference() != null) {
      body.put("reference", request.reference());
    }
    LabelFormat format = request.labelFormat() == null ? LabelFormat.PDF : request.labelFormat();
    body.put("label_format", format.extension());
    return body;
  }

  static PurchasedLabel parse(JsonNode answer) {
    JsonNode label = answer.path("label");
    return new PurchasedLabel(
        SandboxCarrierPlugin.CODE,
        SandboxJson.required(answer, "service"),
        SandboxJson.required(answer, "tracking_code"),
        SandboxJson.required(answer, "id"),
        SandboxJson.money(answer, "amount"),
        format(SandboxJson.required(label, "format")),
        SandboxFiles.decode(SandboxJson.required(label, "data")));
  }

  private static LabelFormat format(String wire) {
    try {
      return LabelFormat.valueOf(wire.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw SandboxJson.unexpected("unknown label format " + wire);
    }
  }
}
