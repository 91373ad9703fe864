package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.Manifest;
import com.parceliq.carrier.spi.ManifestRequest;
import java.util.Optional;

/** Manifests (scan forms): {@code POST /v1/manifests}; the document is always a PDF. */
final class ManifestCall {

  static final String PATH = "/v1/manifests";

  private ManifestCall() {}

  static Manifest call(SandboxClient client, ManifestRequest request) {
    return parse(
        client.post(PATH, request(request), Optional.ofNullable(request.idempotencyKey())));
  }

  static ObjectNode request(ManifestRequest request) {
    ObjectNode body = SandboxJson.object();
    body.set("from_address", SandboxJson.address(request.from()));
    ArrayNode codes = body.putArray("tracking_codes");
    request.trackingCodes().forEach(codes::add);
    return body;
  }

  static Manifest parse(JsonNode answer) {
    JsonNode document = answer.path("document");
    if (!"pdf".equals(SandboxJson.text(document, "format"))) {
      throw SandboxJson.unexpected("manifest document is not a PDF");
    }
    return new Manifest(
        SandboxJson.required(answer, "id"),
        LabelFormat.PDF,
        SandboxFiles.decode(SandboxJson.required(document, "data")));
  }
}
