package com.parceliq.domain.reconciliation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A FedEx-like invoice (docs/reconciliation.md): US dates (MM/DD/YYYY), rated weight in LB or KG,
 * and charges told by their description: "Transportation Charge" is the base, "Fuel Surcharge"
 * fuel, "Residential Delivery" residential, "Weight Correction" (and "Dimension Correction") an
 * adjustment; any other description is "other".
 */
final class FedexInvoiceFormat implements InvoiceFormat {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");

  private static final List<String> HEADER =
      List.of(
          "Invoice Number",
          "Invoice Date",
          "Express or Ground Tracking ID",
          "Service Type",
          "Rated Weight Amount",
          "Rated Weight Units",
          "Charge Description",
          "Charge Amount",
          "Currency Code");

  @Override
  public String name() {
    return "fedex";
  }

  @Override
  public String carrier() {
    return "fedex";
  }

  @Override
  public List<String> header() {
    return HEADER;
  }

  @Override
  public InvoiceLine parse(List<String> values, long lineNo) {
    LineFields fields = new LineFields(HEADER, values, lineNo);
    String units = fields.optional(5);
    return new InvoiceLine(
        fields.required(0),
        fields.date(1, US_DATE),
        fields.required(2),
        fields.optional(3),
        fields.ounces(4, units == null ? "LB" : units),
        chargeType(fields.required(6)),
        fields.amount(7),
        fields.currency(8));
  }

  private static ChargeType chargeType(String description) {
    return switch (description.strip().toLowerCase(Locale.ROOT)) {
      case "transportation charge" -> ChargeType.BASE;
      case "fuel surcharge" -> ChargeType.FUEL;
      case "residential delivery" -> ChargeType.RESIDENTIAL;
      case "weight correction", "dimension correction" -> ChargeType.ADJUSTMENT;
      default -> ChargeType.OTHER;
    };
  }
}
