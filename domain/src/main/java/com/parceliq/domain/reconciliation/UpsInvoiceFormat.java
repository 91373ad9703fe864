package com.parceliq.domain.reconciliation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A UPS-like invoice (docs/reconciliation.md): ISO dates, billed weight with its unit (LB, or KG),
 * and a charge category code with a free-text description. FRT is the base charge, FSC fuel, ADJ a
 * shipping charge correction (re-weighed or re-measured); an accessorial (ACC) is residential when
 * its description says so, anything else is "other".
 */
final class UpsInvoiceFormat implements InvoiceFormat {

  private static final List<String> HEADER =
      List.of(
          "Invoice Number",
          "Invoice Date",
          "Tracking Number",
          "Service Level",
          "Billed Weight",
          "Weight Unit",
          "Charge Category",
          "Charge Description",
          "Net Amount",
          "Currency");

  @Override
  public String name() {
    return "ups";
  }

  @Override
  public String carrier() {
    return "ups";
  }

  @Override
  public List<String> header() {
    return HEADER;
  }

  @Override
  public InvoiceLine parse(List<String> values, long lineNo) {
    LineFields fields = new LineFields(HEADER, values, lineNo);
    return new InvoiceLine(
        fields.required(0),
        fields.date(1, DateTimeFormatter.ISO_LOCAL_DATE),
        fields.required(2),
        fields.optional(3),
        fields.ounces(4, fields.optional(5) == null ? "LB" : fields.optional(5)),
        chargeType(fields),
        fields.amount(8),
        fields.currency(9));
  }

  private static ChargeType chargeType(LineFields fields) {
    String category = fields.required(6).toUpperCase(Locale.ROOT);
    String description = fields.optional(7);
    return switch (category) {
      case "FRT" -> ChargeType.BASE;
      case "FSC" -> ChargeType.FUEL;
      case "ADJ" -> ChargeType.ADJUSTMENT;
      case "ACC" ->
          description != null && description.toLowerCase(Locale.ROOT).contains("residential")
              ? ChargeType.RESIDENTIAL
              : ChargeType.OTHER;
      default -> ChargeType.OTHER;
    };
  }
}
