package com.parceliq.carrier.fedex;

import com.parceliq.carrier.spi.LabelFormat;
import java.util.Base64;

/**
 * Label formats: FedEx's {@code imageType} PDF and PNG print on paper stock ({@code PAPER_4X6}),
 * ZPLII on thermal stock ({@code STOCK_4X6}). The label comes back base64-encoded in {@code
 * encodedLabel}, tagged with its {@code docType}.
 */
final class FedexLabels {

  private FedexLabels() {}

  static String imageType(LabelFormat format) {
    return switch (format) {
      case PDF -> "PDF";
      case PNG -> "PNG";
      case ZPL -> "ZPLII";
    };
  }

  static String labelStockType(LabelFormat format) {
    return format == LabelFormat.ZPL ? "STOCK_4X6" : "PAPER_4X6";
  }

  /** The format FedEx says it sent; when it does not say, the one requested. */
  static LabelFormat format(String docType, LabelFormat requested) {
    if (docType == null) {
      return requested;
    }
    return switch (docType) {
      case "PDF" -> LabelFormat.PDF;
      case "PNG" -> LabelFormat.PNG;
      case "ZPLII", "ZPL" -> LabelFormat.ZPL;
      default -> throw FedexErrors.unexpected("label docType " + docType);
    };
  }

  static byte[] decode(String encodedLabel) {
    try {
      return Base64.getDecoder().decode(encodedLabel.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw FedexErrors.unexpected("label is not base64");
    }
  }
}
