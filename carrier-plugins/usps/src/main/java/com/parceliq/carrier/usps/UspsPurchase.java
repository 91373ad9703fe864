package com.parceliq.carrier.usps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Label purchase: {@code POST /labels/v3/label} with the payment authorization token in {@code
 * X-Payment-Authorization-Token}. USPS has no idempotency key; the request's key travels as an
 * unprinted customer reference (so a label bought twice after a lost answer can be found and
 * voided), the shipment reference as a printed one. The answer is multipart: {@code labelMetadata}
 * JSON (tracking number, postage) and {@code labelImage}, Base64 text of the file.
 */
final class UspsPurchase {

  static final String PATH = "/labels/v3/label";

  /** USPS customer reference numbers hold at most this many characters. */
  static final int REFERENCE_LENGTH = 30;

  private UspsPurchase() {}

  static PurchasedLabel call(UspsClient client, PurchaseRequest request) {
    byte[] json = CarrierJson.write(request(request, client.today()));
    HttpAnswer answer =
        client.sendWithPayment(
            (bearer, payment) ->
                client
                    .jsonPost(PATH, json, bearer)
                    .header("X-Payment-Authorization-Token", payment));
    if (!answer.isSuccess()) {
      throw UspsErrors.from("label purchase", answer);
    }
    return parse(request.service(), format(request), answer);
  }

  static LabelFormat format(PurchaseRequest request) {
    return request.labelFormat() == null ? LabelFormat.PDF : request.labelFormat();
  }

  /** Our label formats as USPS image types (ZPL at 203 dpi, the common thermal printer). */
  static String imageType(LabelFormat format) {
    return switch (format) {
      case PDF -> "PDF";
      case ZPL -> "ZPL203DPI";
      case PNG -> "PNG";
    };
  }

  static ObjectNode request(PurchaseRequest request, String mailingDate) {
    ObjectNode body = CarrierJson.object();
    ObjectNode image = body.putObject("imageInfo");
    image.put("imageType", imageType(format(request)));
    image.put("labelType", "4X6LABEL");
    image.put("receiptOption", "NONE");
    body.set("toAddress", UspsJson.labelAddress(request.to()));
    body.set("fromAddress", UspsJson.labelAddress(request.from()));
    ObjectNode pkg = body.putObject("packageDescription");
    pkg.put("mailClass", UspsServices.mailClass(request.service()));
    pkg.put("rateIndicator", "SP");
    UspsJson.putParcel(pkg, request.parcel(), true);
    pkg.put("processingCategory", "MACHINABLE");
    pkg.put("destinationEntryFacilityType", "NONE");
    pkg.put("mailingDate", mailingDate);
    ArrayNode references = pkg.putArray("customerReference");
    if (request.idempotencyKey() != null && !request.idempotencyKey().isBlank()) {
      references
          .addObject()
          .put("referenceNumber", reference(request.idempotencyKey()))
          .put("printReferenceNumber", false);
    }
    if (request.reference() != null && !request.reference().isBlank()) {
      references
          .addObject()
          .put("referenceNumber", truncate(request.reference().strip()))
          .put("printReferenceNumber", true);
    }
    if (references.isEmpty()) {
      pkg.remove("customerReference");
    }
    return body;
  }

  /**
   * The idempotency key as a customer reference: as is when it fits, else {@code k-} and the first
   * 28 hex digits of its SHA-256, stable so a reconciliation can recompute it.
   */
  static String reference(String idempotencyKey) {
    if (idempotencyKey.length() <= REFERENCE_LENGTH) {
      return idempotencyKey;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return "k-" + HexFormat.of().formatHex(digest).substring(0, REFERENCE_LENGTH - 2);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static String truncate(String value) {
    return value.length() <= REFERENCE_LENGTH ? value : value.substring(0, REFERENCE_LENGTH);
  }

  static PurchasedLabel parse(String service, LabelFormat format, HttpAnswer answer) {
    JsonNode metadata;
    byte[] file;
    if (UspsMultipart.isMultipart(answer)) {
      List<UspsMultipart.Part> parts = UspsMultipart.parse(answer);
      metadata =
          UspsMultipart.find(parts, "labelMetadata", true)
              .map(part -> UspsJson.parse(part.body()))
              .orElseThrow(() -> UspsJson.unexpected("label answer without labelMetadata"));
      file =
          UspsMultipart.find(parts, "labelImage", false)
              .map(UspsMultipart.Part::file)
              .orElseThrow(() -> UspsJson.unexpected("label answer without labelImage"));
    } else {
      // application/vnd.usps.labels+json: metadata and Base64 image in one document.
      metadata = UspsJson.parse(answer.body());
      JsonNode nested = metadata.path("labelMetadata");
      String image = UspsJson.required(metadata, "labelImage");
      metadata = nested.isObject() ? nested : metadata;
      file = Base64.getMimeDecoder().decode(image);
    }
    if (file.length == 0) {
      throw UspsJson.unexpected("label answer with an empty labelImage");
    }
    String trackingNumber = UspsJson.required(metadata, "trackingNumber");
    return new PurchasedLabel(
        UspsCarrierPlugin.CODE,
        service,
        trackingNumber,
        trackingNumber,
        UspsJson.usd(metadata, "postage"),
        format,
        file);
  }
}
