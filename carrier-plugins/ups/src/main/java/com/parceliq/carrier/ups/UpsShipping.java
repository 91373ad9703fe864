package com.parceliq.carrier.ups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.FieldError;
import com.parceliq.carrier.spi.LabelFormat;
import com.parceliq.carrier.spi.PurchaseRequest;
import com.parceliq.carrier.spi.PurchasedLabel;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Label purchase: {@code POST /api/shipments/v2409/ship}, one package billed to the account. UPS
 * has no idempotency key: the request's idempotency key goes in {@code
 * Request.TransactionReference.CustomerContext}, which UPS echoes, so a duplicate created by a
 * retry after a timeout can be found and voided. Labels come as base64 in {@code
 * PackageResults[0].ShippingLabel.GraphicImage}: PNG, or ZPL on 4x6 stock.
 */
final class UpsShipping {

  static final String PATH = "/api/shipments/v2409/ship";

  private UpsShipping() {}

  static PurchasedLabel call(UpsApi api, PurchaseRequest request) {
    LabelFormat format = format(request.labelFormat());
    return parse(api.post(PATH, request(request, format, api.accountNumber())), request.service());
  }

  /** PNG when none is asked for; PDF is not a UPS label format and is refused before any call. */
  static LabelFormat format(LabelFormat requested) {
    LabelFormat format = requested == null ? LabelFormat.PNG : requested;
    if (!UpsCarrierPlugin.DESCRIPTOR.labelFormats().contains(format)) {
      throw new CarrierException(
          UpsCarrierPlugin.CODE,
          CarrierErrorKind.UNSUPPORTED,
          "ups offers no " + format.extension() + " labels",
          List.of(new FieldError("label_format", "ups offers png and zpl")));
    }
    return format;
  }

  static ObjectNode request(PurchaseRequest request, LabelFormat format, String accountNumber) {
    ObjectNode body = CarrierJson.object();
    ObjectNode shipmentRequest = body.putObject("ShipmentRequest");
    ObjectNode header = shipmentRequest.putObject("Request");
    header.put("RequestOption", "nonvalidate");
    if (request.idempotencyKey() != null) {
      header
          .putObject("TransactionReference")
          .put("CustomerContext", UpsJson.truncate(request.idempotencyKey(), 512));
    }
    ObjectNode shipment = shipmentRequest.putObject("Shipment");
    ObjectNode shipper = UpsJson.party(request.from());
    shipper.put("ShipperNumber", accountNumber);
    shipment.set("Shipper", shipper);
    shipment.set("ShipTo", UpsJson.party(request.to()));
    shipment.set("ShipFrom", UpsJson.party(request.from()));
    shipment
        .putObject("PaymentInformation")
        .putObject("ShipmentCharge")
        .put("Type", "01")
        .putObject("BillShipper")
        .put("AccountNumber", accountNumber);
    shipment.putObject("ShipmentRatingOptions").put("NegotiatedRatesIndicator", "Y");
    shipment.putObject("Service").put("Code", UpsServices.code(request.service()));
    ObjectNode pkg = UpsJson.parcel(request.parcel(), "Packaging");
    if (request.reference() != null) {
      pkg.putArray("ReferenceNumber")
          .addObject()
          .put("Value", UpsJson.truncate(request.reference(), 35));
    }
    shipment.set("Package", pkg);
    shipmentRequest.set("LabelSpecification", labelSpecification(format));
    return body;
  }

  private static ObjectNode labelSpecification(LabelFormat format) {
    ObjectNode spec = CarrierJson.object();
    String code = format.name();
    spec.putObject("LabelImageFormat").put("Code", code).put("Description", code);
    if (format == LabelFormat.ZPL) {
      // Thermal formats need a stock size: 4 x 6 inches.
      spec.putObject("LabelStockSize").put("Height", "6").put("Width", "4");
    }
    return spec;
  }

  static PurchasedLabel parse(JsonNode answer, String service) {
    JsonNode results = answer.path("ShipmentResponse").path("ShipmentResults");
    if (!results.isObject()) {
      throw UpsJson.unexpected("ship answer without ShipmentResults");
    }
    List<JsonNode> packages = UpsJson.list(results.path("PackageResults"));
    if (packages.isEmpty()) {
      throw UpsJson.unexpected("ship answer without PackageResults");
    }
    JsonNode first = packages.get(0);
    JsonNode label = first.path("ShippingLabel");
    JsonNode negotiated = results.path("NegotiatedRateCharges").path("TotalCharge");
    return new PurchasedLabel(
        UpsCarrierPlugin.CODE,
        service,
        UpsJson.required(first, "TrackingNumber"),
        UpsJson.required(results, "ShipmentIdentificationNumber"),
        negotiated.isObject()
            ? UpsJson.money(negotiated)
            : UpsJson.money(results.path("ShipmentCharges").path("TotalCharges")),
        labelFormat(UpsJson.required(label.path("ImageFormat"), "Code")),
        decode(UpsJson.required(label, "GraphicImage")));
  }

  private static LabelFormat labelFormat(String code) {
    try {
      return LabelFormat.valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw UpsJson.unexpected("label format " + code + " was not asked for");
    }
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw UpsJson.unexpected("GraphicImage is not base64");
    }
  }
}
